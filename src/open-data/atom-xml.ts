import type { AtomFeed } from "./atom-feed.ts";

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Escapes text and attribute values alike: every value in the feed comes from content. */
function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => XML_ESCAPES[character]!);
}

/** The feed as an Atom 1.0 document (RFC 4287). */
export function atomFeedXml(feed: AtomFeed): string {
  const text = (tag: string, value: string) => `<${tag}>${escapeXml(value)}</${tag}>`;
  const link = (type: string, href: string, rel = "alternate") => `<link rel="${rel}" type="${type}" href="${escapeXml(href)}"/>`;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">',
    `  ${text("id", feed.id)}`,
    `  ${text("title", feed.title)}`,
    `  ${text("subtitle", feed.subtitle)}`,
    `  ${link("application/atom+xml", feed.selfUrl, "self")}`,
    `  ${link("text/html", feed.siteUrl)}`,
    `  ${text("updated", feed.updated)}`,
    `  <author>${text("name", feed.author)}</author>`,
    `  ${text("rights", feed.rights)}`,
    ...feed.entries.flatMap((entry) => [
      "  <entry>",
      `    ${text("id", entry.id)}`,
      `    ${text("title", entry.title)}`,
      `    ${link("text/html", entry.url)}`,
      `    ${link("application/pdf", entry.pdfUrl)}`,
      `    ${text("updated", entry.updated)}`,
      `    ${text("summary", entry.summary)}`,
      "  </entry>",
    ]),
    "</feed>",
  ];
  return `${lines.join("\n")}\n`;
}
