import { lstat, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { criterionSchema, type Criterion } from "../models/criterion.ts";
import { ficheSchema, type Fiche } from "../models/fiche.ts";
import { glossaryTermSchema, type GlossaryTerm } from "../models/glossary-term.ts";
import { helpServiceSchema, type HelpService } from "../models/help-service.ts";
import { riskSchema, type Risk } from "../models/risk.ts";
import { CONTENT_PLACEHOLDER, placeholderFields, siteMetadataSchema, type SiteMetadata } from "../models/site-metadata.ts";
import { ContentValidationError, formatFieldPath, type ContentError } from "./content-error.ts";
import { checkImages } from "./check-images.ts";
import { checkReferences } from "./check-references.ts";
import { loadAccessibilityAudit } from "./load-accessibility-audit.ts";
import { linkReferences } from "./link-references.ts";
import type { Content } from "./resolved-content.ts";

export type { Content } from "./resolved-content.ts";
import { normalizeForComparison } from "../text/normalize.ts";
import { readSourceFile } from "./read-source-file.ts";
import { entryKindError, readValidatedFile, type EntryKind } from "./read-validated-file.ts";
import { validateItem, type Located } from "./validate-item.ts";
import type { z } from "zod";

interface LocatedContent {
  fiches: Located<Fiche>[];
  risks: Located<Risk>[];
  criteria: Located<Criterion>[];
  terms: Located<GlossaryTerm>[];
  helpServices: Located<HelpService>[];
}

export interface LoadOptions {
  /** Folder holding `site.yaml`, `fiches/`, `risques/`, `criteres/`, `lexique/`, `aide/`. */
  contentDir: string;
  /** Errors name files relative to this folder (the repository root). */
  rootDir: string;
  /** Refuse placeholder site metadata (production builds). */
  production?: boolean;
}

interface Collection<Schema extends z.ZodType> {
  folder: string;
  extension: ".md" | ".yaml";
  schema: Schema;
}

const collections = {
  fiches: { folder: "fiches", extension: ".yaml", schema: ficheSchema },
  risks: { folder: "risques", extension: ".yaml", schema: riskSchema },
  criteria: { folder: "criteres", extension: ".md", schema: criterionSchema },
  terms: { folder: "lexique", extension: ".md", schema: glossaryTermSchema },
  helpServices: { folder: "aide", extension: ".yaml", schema: helpServiceSchema },
} as const;

interface FolderEntry {
  name: string;
  kind: EntryKind;
}

async function listEntries(folder: string): Promise<FolderEntry[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries
      .filter((entry) => !entry.name.startsWith("."))
      .map((entry): FolderEntry => ({
        name: entry.name,
        kind: entry.isFile() ? "file" : entry.isSymbolicLink() ? "symlink" : entry.isDirectory() ? "directory" : "other",
      }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

async function folderKindError(folder: string): Promise<string | undefined> {
  try {
    const info = await lstat(folder);
    if (info.isSymbolicLink()) return entryKindError("symlink", "un vrai dossier");
    if (!info.isDirectory()) return "fichier à la place d’un dossier ; attendu : un dossier de contenu";
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  return undefined;
}

async function loadCollection<Schema extends z.ZodType>(
  collection: Collection<Schema>,
  options: LoadOptions,
  errors: ContentError[],
): Promise<{ items: Located<z.output<Schema>>[]; invalidIds: Set<string> }> {
  const folder = path.join(options.contentDir, collection.folder);
  const items: Located<z.output<Schema>>[] = [];
  const invalidIds = new Set<string>();
  const fileNames = new Map<string, string>();
  const relative = (absolute: string) => path.relative(options.rootDir, absolute).split(path.sep).join("/");
  const folderError = await folderKindError(folder);
  if (folderError) {
    errors.push({ file: relative(folder), message: folderError });
    return { items, invalidIds };
  }
  const expected = `un fichier ${collection.extension} dans ${collection.folder}/`;
  const entries = (await listEntries(folder)).filter((entry) => entry.name !== "README.md");
  const isContentFile = (entry: FolderEntry) => entry.kind === "file" && path.extname(entry.name) === collection.extension;
  // Reading every file at once: thousands of small reads one after another would mostly wait.
  const texts = await Promise.all(entries.map((entry) => (isContentFile(entry) ? readFile(path.join(folder, entry.name)) : undefined)));
  for (const [index, entry] of entries.entries()) {
    const name = entry.name;
    const file = relative(path.join(folder, name));
    const kindError = entryKindError(entry.kind, expected);
    if (kindError || !isContentFile(entry)) {
      errors.push({ file, message: kindError ?? `fichier inattendu ; attendu : ${expected}` });
      // References to it are then reported once, here, not again as unknown ids.
      if (path.extname(name) === collection.extension) invalidIds.add(path.basename(name, collection.extension));
      continue;
    }
    const id = path.basename(name, collection.extension);
    const sameName = fileNames.get(normalizeForComparison(id));
    if (sameName) {
      errors.push({
        file,
        message: `même nom de fichier que ${sameName}, à la casse ou aux accents près ; attendu : un identifiant unique`,
      });
    }
    fileNames.set(normalizeForComparison(id), file);
    const parsed = readSourceFile(file, texts[index]!);
    if (!parsed.ok) {
      errors.push(...parsed.errors);
      invalidIds.add(id);
      continue;
    }
    const injected: Record<string, unknown> = { id };
    if (collection.extension === ".md") injected.body = parsed.source.body ?? "";
    const result = validateItem(collection.schema, parsed.source, injected);
    errors.push(...result.errors);
    if (result.value !== undefined) items.push({ value: result.value, source: parsed.source });
    else invalidIds.add(id);
  }
  return { items, invalidIds };
}

async function loadSiteMetadata(options: LoadOptions, errors: ContentError[]): Promise<SiteMetadata | undefined> {
  const read = await readValidatedFile(
    path.join(options.contentDir, "site.yaml"),
    options.rootDir,
    siteMetadataSchema,
    {
      missing: "les informations du site (nom, éditeur, hébergeur…)",
      directory: "le fichier des informations du site",
    },
    errors,
  );
  if (read && options.production) {
    for (const field of placeholderFields(read.value)) {
      const position = read.source.locate(field);
      errors.push({
        file: read.source.file,
        line: position?.line,
        column: position?.column,
        field: formatFieldPath(field),
        message: "valeur provisoire refusée en production ; attendu : la vraie valeur (voir README, « Déployer »)",
      });
    }
  }
  return read?.value;
}

/** Scaffolded « À remplacer » texts must never reach readers. */
function placeholdersInContent(content: LocatedContent): ContentError[] {
  const items: Located<unknown>[] = [...content.fiches, ...content.risks, ...content.criteria, ...content.terms, ...content.helpServices];
  return items.flatMap((item) =>
    placeholderFields(item.value, CONTENT_PLACEHOLDER).map((path) => {
      const position = path.length === 1 && path[0] === "body" ? item.source.bodyPosition : item.source.locate(path);
      return {
        file: item.source.file,
        line: position?.line,
        column: position?.column,
        field: formatFieldPath(path),
        message: "texte provisoire refusé en production ; attendu : le vrai texte à la place de « À remplacer »",
      };
    }),
  );
}

/**
 * Loads, validates and cross-checks all content, and returns it with every reference resolved. Throws
 * a single ContentValidationError listing every problem, so a build never publishes half-valid content.
 */
export async function loadContent(options: LoadOptions): Promise<Content> {
  const errors: ContentError[] = [];
  const site = await loadSiteMetadata(options, errors);
  const fiches = await loadCollection(collections.fiches, options, errors);
  const risks = await loadCollection(collections.risks, options, errors);
  const criteria = await loadCollection(collections.criteria, options, errors);
  const terms = await loadCollection(collections.terms, options, errors);
  const helpServices = await loadCollection(collections.helpServices, options, errors);
  const content = { fiches: fiches.items, risks: risks.items, criteria: criteria.items, terms: terms.items, helpServices: helpServices.items };
  errors.push(
    ...checkReferences({
      ...content,
      invalidIds: {
        fiches: fiches.invalidIds,
        risks: risks.invalidIds,
        criteria: criteria.invalidIds,
        terms: terms.invalidIds,
        helpServices: helpServices.invalidIds,
      },
    }),
  );
  const accessibilityAudit = await loadAccessibilityAudit(options, errors);
  const images = await checkImages([...content.fiches, ...content.risks, ...content.criteria, ...content.terms], options.contentDir, errors);
  if (options.production) errors.push(...placeholdersInContent(content));
  if (errors.length > 0 || !site) throw new ContentValidationError(errors);
  const values = <T>(items: Located<T>[]) => items.map((item) => item.value);
  return {
    site,
    images,
    accessibilityAudit,
    ...linkReferences({
      fiches: values(content.fiches),
      risks: values(content.risks),
      criteria: values(content.criteria),
      terms: values(content.terms),
      helpServices: values(content.helpServices),
    }),
  };
}
