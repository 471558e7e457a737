/** « 140 Ko »: French units, rounded up so a reader never downloads more than announced. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.ceil(bytes / 1024))}\u00A0Ko`;
  return `${(bytes / (1024 * 1024)).toLocaleString("fr-FR", { maximumFractionDigits: 1 })}\u00A0Mo`;
}

const MARKER = /<!--pdf-size:([a-z0-9-]+)-->/g;

/**
 * Pages print `(PDF<!--pdf-size:slug-->)` before the PDF exists; once it is printed, the marker
 * becomes `, 140 Ko`. Markers of PDFs not printed yet stay, unless `dropMissing` is set.
 */
export function injectPdfSizes(html: string, sizes: ReadonlyMap<string, number>, dropMissing = false): string {
  return html.replace(MARKER, (marker, slug: string) => {
    const size = sizes.get(slug);
    if (size === undefined) return dropMissing ? "" : marker;
    return `, ${formatFileSize(size)}`;
  });
}

export function hasPdfSizeMarker(html: string): boolean {
  MARKER.lastIndex = 0;
  return MARKER.test(html);
}
