// Search UI: arrives with the search issue.
