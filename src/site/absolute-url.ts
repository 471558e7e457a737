/** A site path (`/lexique/x/`) as a full address on the published site. */
export function absoluteUrl(path: string, baseUrl: string): string {
  return new URL(path, `${baseUrl}/`).href;
}

/**
 * Makes the site-relative links of HTML we produced (`href="/lexique/x/"`) absolute, so a fragment
 * still works once copied elsewhere. Only our own markdown-it output goes through here.
 */
export function absoluteLinks(html: string, baseUrl: string): string {
  return html.replace(/(\shref=")\/(?!\/)/g, `$1${baseUrl}/`);
}
