import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { stringify } from "yaml";
import { helpSituations, type HelpSituation } from "../models/help-service.ts";
import { iconIds } from "../models/icon.ts";

export interface CorpusSize {
  fiches: number;
  terms: number;
  risks: number;
}

const WORDS = [
  "messagerie", "application", "conversation", "téléphone", "protection", "sécurité", "données", "contact",
  "groupe", "message", "réglage", "serveur", "compte", "fichier", "photo", "échange", "usage", "service",
];

function sentence(seed: number, length = 14): string {
  const words = Array.from({ length }, (_, i) => WORDS[(seed * 7 + i * 3) % WORDS.length]!);
  const text = words.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(seed: number, sentences = 5): string {
  return Array.from({ length: sentences }, (_, i) => sentence(seed + i)).join(" ");
}

/** Short imperative-length sentences, like a risk's steps (each well under the model's maximum). */
function steps(seed: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => sentence(seed + i, 8));
}

const pad = (n: number, width = 4) => String(n).padStart(width, "0");
const termSlug = (i: number) => `terme-${pad(i)}`;
const termName = (i: number) => `Terme ${pad(i)}`;
const riskId = (i: number) => `risque-${pad(i, 3)}`;
const CRITERIA = ["gratuite", "chiffrement", "code-ouvert", "collecte", "politique", "stockage"];

async function writeText(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

function frontMatter(data: object, body: string): string {
  return `---\n${stringify(data)}---\n${body}\n`;
}

/**
 * Writes a synthetic but valid content folder through the same file formats editors use, so the
 * benchmark exercises the real loader, models, references and glossary linking.
 */
const HELP_SERVICES = 12;
const SITUATIONS: readonly HelpSituation[] = Object.keys(helpSituations) as HelpSituation[];

export async function writeSyntheticCorpus(dir: string, size: CorpusSize): Promise<void> {
  await writeText(
    path.join(dir, "site.yaml"),
    stringify({
      name: "Banc d’essai",
      tagline: "Corpus synthétique",
      publisher: { name: "Éditeur du banc d’essai", legalForm: "Association loi de 1901", address: "1 rue du Banc, 75000 Paris", phone: "01 00 00 00 01" },
      publicationDirector: "Direction du banc d’essai",
      host: { name: "Hébergeur local", address: "1 rue du Banc, 75000 Paris", phone: "01 00 00 00 00" },
      contact: { email: "banc@essai.fr" },
      baseUrl: "https://banc.essai.fr",
      licence: { name: "Licence Ouverte 2.0", url: "https://banc.essai.fr/licence" },
      source: { title: "Fiche d’origine", author: "Auteur du banc", url: "https://banc.essai.fr/origine", licence: "Licence du banc" },
      privacy: { serverLogRetentionDays: 180 },
    }),
  );
  for (const [index, id] of CRITERIA.entries()) {
    await writeText(
      path.join(dir, "criteres", `${id}.md`),
      frontMatter({ order: index + 1, title: `Point ${index + 1}`, icon: iconIds[index % iconIds.length], questions: [`Question ${index + 1} ?`], howToCheck: [sentence(index)], takeaway: sentence(index) }, `${paragraph(index)}\n\n- ${sentence(index + 1)}\n- ${sentence(index + 2)}`),
    );
  }
  for (let i = 1; i <= size.terms; i++) {
    await writeText(
      path.join(dir, "lexique", `${termSlug(i)}.md`),
      frontMatter(
        {
          term: termName(i),
          category: "protection",
          short: sentence(i, 12),
          otherNames: [`variante ${pad(i)}`],
          englishNames: [`term ${pad(i)}`],
          reviewed: "2026-12-02",
          example: sentence(i + 1),
          advice: sentence(i + 2),
          seeAlso: [termSlug((i % size.terms) + 1)],
        },
        `${paragraph(i)}\n\n${paragraph(i + 3, 3)}`,
      ),
    );
  }
  // A dozen help services, like the real content: the help page is one page whatever the corpus size.
  const helpServiceId = (n: number) => `service-${pad(n)}`;
  for (let n = 1; n <= HELP_SERVICES; n++) {
    await writeText(
      path.join(dir, "aide", `${helpServiceId(n)}.yaml`),
      stringify({
        name: `Service d’aide ${pad(n)}`,
        purpose: sentence(n),
        notFor: sentence(n + 1),
        audience: "Tout le monde",
        situations: [SITUATIONS[n % SITUATIONS.length]!, SITUATIONS[(n + 3) % SITUATIONS.length]!],
        contact: n % 2 === 0 ? { phone: `0 805 000 ${String(100 + n).padStart(3, "0")}`, web: `https://service-${n}.essai.fr/` } : { sms: "33700" },
        cost: "Gratuit",
        checked: "2026-12-02",
        sources: [`https://source-${n}.essai.fr/page`],
      }),
    );
  }
  for (let i = 1; i <= size.risks; i++) {
    await writeText(
      path.join(dir, "risques", `${riskId(i)}.yaml`),
      stringify({
        label: `Risque ${pad(i, 3)}`,
        icon: iconIds[i % iconIds.length],
        description: paragraph(i, 2),
        terms: [termSlug(((i * 3) % size.terms) + 1)],
        avoidedBy: [CRITERIA[i % CRITERIA.length]!],
        protect: steps(i, 4),
        ifItHappened: steps(i + 4, 3),
        report: steps(i + 7, 2),
        help: [helpServiceId((i % HELP_SERVICES) + 1)],
      }),
    );
  }
  for (let i = 1; i <= size.fiches; i++) {
    const mention = (n: number) => termName(((i * 11 + n * 17) % size.terms) + 1);
    const sections: object[] = [];
    for (let part = 0; part < 4; part++) {
      sections.push({ type: "heading", level: 2, text: `Partie ${part + 1} de la fiche ${i} ?` });
      sections.push({ type: "prose", markdown: `${paragraph(i + part)} Le ${mention(part)} et la variante ${pad(((i + part) % size.terms) + 1)} comptent.` });
      sections.push({ type: "list", items: [sentence(i + part), { text: `${mention(part + 5)} :`, items: [sentence(part), sentence(part + 1)] }] });
    }
    sections.push({ type: "audience", label: "Pour les salariés", markdown: sentence(i) });
    sections.push({ type: "callout", tone: "warning", markdown: `Attention : ${sentence(i + 4)}` });
    sections.push({
      type: "risks",
      items: Array.from({ length: 5 }, (_, n) => ({ risk: riskId(((i * 5 + n) % size.risks) + 1), text: `Risque numéro ${n + 1},` })),
    });
    sections.push({ type: "heading", level: 2, text: "Les points clés" });
    sections.push({ type: "criteria", intro: "Les 6 points clés", items: CRITERIA });
    if (i === 1) sections.push({ type: "glossary" });
    await writeText(
      path.join(dir, "fiches", `fiche-${pad(i, 3)}.yaml`),
      stringify({
        title: `Fiche ${pad(i, 3)}`,
        subtitle: "Une fiche synthétique",
        summary: sentence(i),
        updated: "2026-11-27",
        version: "1.0",
        publisher: "Éditeur du banc d’essai",
        pdf: { subject: "Banc d’essai", keywords: ["banc", "essai"], maxPages: 200 },
        sections,
      }),
    );
  }
}
