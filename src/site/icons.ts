/**
 * Our own pictograms: 24 × 24, drawn with lines in the text's colour (`.icon` in site.css sets the
 * stroke), keyed by the ids of src/models/icon.ts (a unit test checks both lists match). Each is
 * decorative: it stands next to the words it illustrates, so assistive technologies skip it.
 */
export const iconDrawings: Readonly<Record<string, string>> = {
  "base-de-donnees": '<ellipse cx="12" cy="5" rx="8" ry="3"/><path d="M4 5v14c0 1.7 3.6 3 8 3s8-1.3 8-3V5M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3"/>',
  bouclier: '<path d="M12 2 4 5v6c0 5 3.4 9.3 8 11 4.6-1.7 8-6 8-11V5z"/><path d="m8.5 12 2.5 2.5 4.5-5"/>',
  cadenas: '<rect x="4" y="11" width="16" height="10" rx="2"/><path d="M8 11V7a4 4 0 0 1 8 0v4M12 15v2"/>',
  "cadenas-ouvert": '<rect x="4" y="11" width="16" height="10" rx="2"/><path d="M8 11V7a4 4 0 0 1 7.8-1.3M12 15v2"/>',
  "carte-identite": '<rect x="2" y="5" width="20" height="14" rx="2"/><circle cx="8" cy="11" r="2"/><path d="M5 16c.6-1.3 1.6-2 3-2s2.4.7 3 2M14 10h5M14 14h4"/>',
  code: '<path d="m8 7-5 5 5 5M16 7l5 5-5 5M14 4l-4 16"/>',
  document: '<path d="M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8z"/><path d="M14 2v6h6M8 13h8M8 17h6"/>',
  "etiquette-prix": '<path d="M3 3h9l9 9-9 9-9-9z"/><circle cx="8" cy="8" r="1.5"/>',
  "fichier-emporte": '<path d="M13 21H6a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h8l5 5v4"/><path d="M14 3v5h5M15 18h7M19 15l3 3-3 3"/>',
  goutte: '<path d="M12 3s-6 7-6 11a6 6 0 0 0 12 0c0-4-6-11-6-11z"/><path d="M9.5 15a2.5 2.5 0 0 0 2.5 2.5"/>',
  hamecon: '<circle cx="15" cy="3.5" r="1.5"/><path d="M15 5v10a5 5 0 0 1-10 0v-3l3 3"/>',
  insecte: '<rect x="8" y="7" width="8" height="13" rx="4"/><path d="M12 11v9M8 12H4M8 16H3M16 12h4M16 16h5M10 7 8 4M14 7l2-3"/>',
  nuage: '<path d="M7 19a5 5 0 0 1-.5-10A6 6 0 0 1 18 9.5a4.5 4.5 0 0 1-.5 9.5z"/>',
  oeil: '<path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z"/><circle cx="12" cy="12" r="3"/>',
  repere: '<path d="M12 22s7-6.5 7-12a7 7 0 0 0-14 0c0 5.5 7 12 7 12z"/><circle cx="12" cy="10" r="2.5"/>',
};

/** One pictogram as inline SVG, hidden from assistive technologies; unknown ids stop the build. */
export function iconSvg(id: string): string {
  const drawing = iconDrawings[id];
  if (drawing === undefined) throw new Error(`Pictogramme inconnu : « ${id} » (voir src/site/icons.ts).`);
  return `<svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">${drawing}</svg>`;
}
