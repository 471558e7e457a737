/** A fiche as its page limit is checked: its id names its file, `content/fiches/<id>.yaml`. */
export interface PageLimit {
  id: string;
  title: string;
  maxPages: number;
}

/** A printed PDF longer than its fiche allows: the build stops before publishing anything. */
export class PdfPageLimitError extends Error {
  override name = "PdfPageLimitError";
}

const pagesLabel = (count: number) => `${count} ${count > 1 ? "pages" : "page"}`;

/** One sentence per fiche over its limit, naming the fiche, its page count, its limit and where to change it. */
export function pageLimitProblems(printed: readonly { slug: string; pages: number }[], fiches: readonly PageLimit[]): string[] {
  const problems: string[] = [];
  for (const fiche of fiches) {
    const pdf = printed.find((candidate) => candidate.slug === fiche.id);
    if (pdf === undefined || pdf.pages <= fiche.maxPages) continue;
    problems.push(
      `Le PDF de la fiche « ${fiche.title} » fait ${pagesLabel(pdf.pages)} A4, au-delà de sa limite de ${pagesLabel(fiche.maxPages)} ` +
        `(pdf.maxPages dans content/fiches/${fiche.id}.yaml) : raccourcissez la fiche ou relevez sa limite.`,
    );
  }
  return problems;
}

/** Throws when any PDF is above its fiche's page limit, listing every one of them. */
export function checkPageLimits(printed: readonly { slug: string; pages: number }[], fiches: readonly PageLimit[]): void {
  const problems = pageLimitProblems(printed, fiches);
  if (problems.length === 0) return;
  throw new PdfPageLimitError([...problems, "Rien n’a été publié."].join("\n"));
}
