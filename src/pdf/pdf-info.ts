import type { PdfDocumentInfo } from "../graph/site-graph.ts";

/** Document properties shown by PDF readers (File › Properties) and used by search engines. */
export type PdfInfo = PdfDocumentInfo;

/** PDF text string in UTF-16BE with a byte-order mark: accents survive in every reader. */
function pdfTextString(value: string): string {
  const bytes = Buffer.from(`\uFEFF${value}`, "utf16le").swap16();
  return `<${bytes.toString("hex").toUpperCase()}>`;
}

function pdfDate(isoDate: string): string {
  return `(D:${isoDate.replaceAll("-", "")}000000Z)`;
}

/**
 * Sets Title, Author, Subject and Keywords by an incremental update: a new Info dictionary and
 * cross-reference section appended after Chromium's bytes. Rewriting the file with a PDF library
 * would drop the structure tags that make it accessible; appending keeps every byte of it.
 */
export function setPdfInfo(pdf: Uint8Array, info: PdfInfo): Buffer {
  const original = Buffer.from(pdf);
  const text = original.toString("latin1");
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  const trailerStart = text.lastIndexOf("trailer");
  if (!startxref || trailerStart === -1) {
    throw new Error("PDF inattendu : pas de table de références classique (trailer, startxref) à compléter.");
  }
  const trailer = text.slice(trailerStart);
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1]);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1];
  if (!size || !root) throw new Error("PDF inattendu : trailer sans /Size ni /Root.");
  const id = /\/ID\s*\[[^\]]*\]/.exec(trailer)?.[0] ?? "";

  const separator = text.endsWith("\n") ? "" : "\n";
  const objectOffset = original.length + separator.length;
  const dictionary = [
    `/Title ${pdfTextString(info.title)}`,
    `/Author ${pdfTextString(info.author)}`,
    `/Subject ${pdfTextString(info.subject)}`,
    `/Keywords ${pdfTextString(info.keywords.join(", "))}`,
    `/Creator ${pdfTextString(info.creator)}`,
    `/Producer ${pdfTextString("Chromium (Skia/PDF)")}`,
    `/CreationDate ${pdfDate(info.date)}`,
    `/ModDate ${pdfDate(info.date)}`,
  ].join("\n");
  const object = `${size} 0 obj\n<<${dictionary}>>\nendobj\n`;
  const xrefOffset = objectOffset + Buffer.byteLength(object, "latin1");
  const update =
    `${separator}${object}` +
    `xref\n${size} 1\n${String(objectOffset).padStart(10, "0")} 00000 n \n` +
    `trailer\n<</Size ${size + 1}\n/Root ${root}\n/Info ${size} 0 R\n/Prev ${startxref[1]}${id ? `\n${id}` : ""}>>\n` +
    `startxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.concat([original, Buffer.from(update, "latin1")]);
}

/**
 * The number of pages, read from the page tree the document catalogue points to (the last version
 * of each object, as incremental updates may replace one). No external tool: the build needs none.
 */
export function pdfPageCount(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString("latin1");
  const lastObject = (id: string): string | undefined => {
    const pattern = new RegExp(`(?:^|[\\r\\n\\s])${id.replace(/\s+/g, "\\s+")}\\s+obj\\b([\\s\\S]*?)\\bendobj`, "g");
    return [...text.matchAll(pattern)].at(-1)?.[1];
  };
  const trailerRoot = [...text.matchAll(/\/Root\s+(\d+\s+\d+)\s+R/g)].at(-1)?.[1];
  const catalog = trailerRoot === undefined ? undefined : lastObject(trailerRoot);
  const pagesRef = catalog === undefined ? undefined : /\/Pages\s+(\d+\s+\d+)\s+R/.exec(catalog)?.[1];
  const pages = pagesRef === undefined ? undefined : lastObject(pagesRef);
  const count = pages === undefined ? undefined : /\/Count\s+(\d+)/.exec(pages)?.[1];
  if (count === undefined) throw new Error("PDF inattendu : pas d’arbre des pages (/Root, /Pages, /Count) où lire le nombre de pages.");
  return Number(count);
}
