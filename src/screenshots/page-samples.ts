import { readdir } from "node:fs/promises";
import path from "node:path";

/** One page of each template, named for the file its screenshot is written to. */
export interface PageSample {
  name: string;
  url: string;
}

/** Pages whose template appears once: the address is the page. */
const SINGLE_PAGES: PageSample[] = [
  { name: "accueil", url: "/" },
  { name: "fiches", url: "/fiches/" },
  { name: "lexique", url: "/lexique/" },
  { name: "risques", url: "/risques/" },
  { name: "points-cles", url: "/points-cles/" },
  { name: "recherche", url: "/recherche/?q=chiffrement" },
  { name: "recherche-sans-resultat", url: "/recherche/?q=zzzz" },
  { name: "ma-messagerie-est-elle-sure", url: "/ma-messagerie-est-elle-sure/" },
  { name: "aide", url: "/aide/" },
  { name: "plan-du-site", url: "/plan-du-site/" },
  { name: "donnees-ouvertes", url: "/donnees-ouvertes/" },
  { name: "mentions-legales", url: "/mentions-legales/" },
  { name: "confidentialite", url: "/confidentialite/" },
  { name: "accessibilite", url: "/accessibilite/" },
  { name: "page-introuvable", url: "/404.html" },
];

/** Folders holding one page per content item: every fiche is shown, one item of the others. */
const ITEM_FOLDERS = [
  { folder: "fiches", name: "fiche", all: true },
  { folder: "risques", name: "risque", all: false },
  { folder: "points-cles", name: "point-cle", all: false },
  { folder: "lexique", name: "terme", all: false },
];

async function itemIds(siteDir: string, folder: string): Promise<string[]> {
  const entries = await readdir(path.join(siteDir, folder), { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/**
 * Every page type of a built site, read from its folders rather than typed: a new fiche or a
 * renamed term is shown without editing this list.
 */
export async function pageSamples(siteDir: string): Promise<PageSample[]> {
  const samples = [...SINGLE_PAGES];
  for (const { folder, name, all } of ITEM_FOLDERS) {
    const ids = await itemIds(siteDir, folder);
    for (const id of all ? ids : ids.slice(0, 1)) samples.push({ name: all ? `${name}-${id}` : name, url: `/${folder}/${id}/` });
  }
  return samples;
}
