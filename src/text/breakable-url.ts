const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * A printed address as HTML that paper breaks only at its seams, never inside a word: `<wbr>` after
 * each « / » (but not inside or right after the « // » of `https://`) and before each « . », « - », « _ », « ? », « # »,
 * « = » and « & », so a line never ends on a dot that could pass for the end of the sentence.
 */
export function breakableUrlHtml(url: string): string {
  const escaped = (text: string) => text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
  let html = "";
  for (let index = 0; index < url.length; index += 1) {
    const character = url[index]!;
    const next = url[index + 1];
    if (index > 0 && ".-_?#=&".includes(character) && url[index - 1] !== "/") html += "<wbr>";
    html += escaped(character);
    const afterScheme = url[index - 1] === "/" && url[index - 2] === ":";
    if (character === "/" && next !== "/" && next !== undefined && !afterScheme) html += "<wbr>";
  }
  return html;
}
