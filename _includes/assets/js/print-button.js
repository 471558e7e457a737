// Progressive enhancement: the print button exists in the HTML, hidden until this script runs.
for (const button of document.querySelectorAll(".print-button")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}
