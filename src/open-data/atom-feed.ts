import type { SiteGraph } from "../graph/site-graph.ts";
import { urls } from "../site/urls.ts";
import { ui } from "../site/ui-strings.ts";
import { absoluteUrl } from "../site/absolute-url.ts";
import { withFrenchSpacing } from "../text/french-typography.ts";

export interface AtomEntry {
  /** A tag URI naming this update of the fiche: a new update date makes a new entry in feed readers. */
  id: string;
  title: string;
  url: string;
  pdfUrl: string;
  /** RFC 3339, from the fiche's `updated` date. */
  updated: string;
  /** The fiche's summary and version. */
  summary: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  selfUrl: string;
  siteUrl: string;
  updated: string;
  author: string;
  rights: string;
  entries: AtomEntry[];
}

function rfc3339(isoDate: string): string {
  return `${isoDate}T00:00:00Z`;
}

/**
 * The Atom feed of fiche updates (`/flux.xml`): one entry per fiche at its last update, newest
 * first. Ids are tag URIs (RFC 4151) built from the site's host and the update date. Titles,
 * summaries and names get French spacing as the pages do; ids, links and dates are left alone.
 */
export function atomFeed(graph: SiteGraph): AtomFeed {
  const base = graph.site.baseUrl;
  const host = new URL(base).hostname;
  const entries = [...graph.fiches]
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id))
    .map(
      (fiche): AtomEntry => ({
        id: `tag:${host},${fiche.updated}:${fiche.url}`,
        title: fiche.title,
        url: absoluteUrl(fiche.url, base),
        pdfUrl: absoluteUrl(fiche.pdf.url, base),
        updated: rfc3339(fiche.updated),
        summary: `${fiche.summary} (${ui.fiche.version} ${fiche.version})`,
      }),
    );
  return withFrenchSpacing({
    id: absoluteUrl(urls.feed, base),
    title: `${graph.site.name} — ${ui.openData.feed.title}`,
    subtitle: ui.openData.feed.subtitle,
    selfUrl: absoluteUrl(urls.feed, base),
    siteUrl: absoluteUrl(urls.home, base),
    updated: entries[0]?.updated ?? rfc3339("2000-01-01"),
    author: graph.site.publisher.name,
    rights: `${graph.site.licence.name} (${graph.site.licence.url})`,
    entries,
  });
}
