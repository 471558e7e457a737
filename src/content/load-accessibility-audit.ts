import { lstat, readdir } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import {
  accessibilityAuditSchema,
  auditGridFileSchema,
  auditRowSchema,
  rgaaCriteriaSchema,
  type AccessibilityAuditInfo,
  type AuditRow,
  type RgaaCriteria,
} from "../models/accessibility-audit.ts";
import { formatFieldPath, type ContentError } from "./content-error.ts";
import { readValidatedFile } from "./read-validated-file.ts";
import type { SourceFile } from "./source-file.ts";
import { validateItem } from "./validate-item.ts";

export const AUDIT_FOLDER = "accessibilite";
const GRID_FOLDER = "grille";
const GRID_FILE_NAME = /^(\d{2})-[a-z0-9-]+\.yaml$/;

/** The RGAA audit as loaded: the referential, the sample and every verdict, checked to be complete. */
export interface AccessibilityAudit {
  referential: RgaaCriteria;
  info: AccessibilityAuditInfo;
  /** One per criterion and sample page, in criterion order then sample order. */
  rows: AuditRow[];
}

interface Context {
  auditDir: string;
  rootDir: string;
  errors: ContentError[];
}

/** What an editor is told when a file of the audit folder is missing or is a folder. */
const fileExpected = (what: string) => ({ missing: what, directory: what });

const relative = (context: Context, absolute: string) => path.relative(context.rootDir, absolute).split(path.sep).join("/");

function errorAt(source: SourceFile, fieldPath: (string | number)[], message: string, found?: unknown): ContentError {
  const position = source.locate(fieldPath);
  return { file: source.file, line: position?.line, column: position?.column, field: formatFieldPath(fieldPath), found, message };
}

function checkReferential(referential: { value: RgaaCriteria; source: SourceFile }): ContentError[] {
  const errors: ContentError[] = [];
  const seen = new Set<string>();
  referential.value.themes.forEach((theme, themeIndex) => {
    theme.criteria.forEach((criterion, criterionIndex) => {
      const where = ["themes", themeIndex, "criteria", criterionIndex, "id"];
      if (!criterion.id.startsWith(`${theme.number}.`)) {
        errors.push(errorAt(referential.source, where, `critère hors de sa thématique ; attendu : un numéro « ${theme.number}.N »`, criterion.id));
      }
      if (seen.has(criterion.id)) errors.push(errorAt(referential.source, where, "critère en double ; attendu : chaque numéro une seule fois", criterion.id));
      seen.add(criterion.id);
    });
  });
  return errors;
}

function checkSample(audit: { value: AccessibilityAuditInfo; source: SourceFile }): ContentError[] {
  const seen = new Set<string>();
  return audit.value.pages.flatMap((page, index) => {
    const duplicate = seen.has(page.id);
    seen.add(page.id);
    return duplicate ? [errorAt(audit.source, ["pages", index, "id"], "page en double dans l’échantillon ; attendu : un identifiant unique", page.id)] : [];
  });
}

async function gridFileNames(context: Context, gridDir: string): Promise<string[]> {
  try {
    const entries = await readdir(gridDir, { withFileTypes: true });
    const names: string[] = [];
    for (const entry of entries) {
      if (entry.name.startsWith(".") || entry.name === "README.md") continue;
      if (!entry.isFile() || !GRID_FILE_NAME.test(entry.name)) {
        context.errors.push({
          file: relative(context, path.join(gridDir, entry.name)),
          message: "élément inattendu ; attendu : un fichier de grille nommé « NN-thematique.yaml », par exemple « 01-images.yaml »",
        });
        continue;
      }
      names.push(entry.name);
    }
    return names.sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    context.errors.push({ file: relative(context, gridDir), message: "dossier manquant ; attendu : la grille d’audit, un fichier par thématique" });
    return [];
  }
}

/**
 * Loads `content/accessibilite/` when it exists: without it the site has simply not been audited
 * yet, and the accessibility statement says so. When it exists, the grid must hold exactly one
 * verdict per criterion and sample page, since the published rate is computed from it.
 */
export async function loadAccessibilityAudit(
  options: { contentDir: string; rootDir: string },
  errors: ContentError[],
): Promise<AccessibilityAudit | undefined> {
  const auditDir = path.join(options.contentDir, AUDIT_FOLDER);
  try {
    if (!(await lstat(auditDir)).isDirectory()) {
      errors.push({ file: path.relative(options.rootDir, auditDir), message: "attendu : un dossier « accessibilite » (l’audit RGAA)" });
      return undefined;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const context: Context = { auditDir, rootDir: options.rootDir, errors: [] };
  const read = <Schema extends z.ZodType>(absolute: string, schema: Schema, what: string) =>
    readValidatedFile(absolute, context.rootDir, schema, fileExpected(what), context.errors);
  const referential = await read(path.join(auditDir, "criteres.yaml"), rgaaCriteriaSchema, "la liste des critères du RGAA");
  const audit = await read(path.join(auditDir, "audit.yaml"), accessibilityAuditSchema, "l’échantillon de pages et les outils de l’audit");
  if (referential) context.errors.push(...checkReferential(referential));
  if (audit) context.errors.push(...checkSample(audit));
  const gridDir = path.join(auditDir, GRID_FOLDER);
  const grids = await Promise.all(
    (await gridFileNames(context, gridDir)).map(async (name) => ({
      name,
      grid: await read(path.join(gridDir, name), auditGridFileSchema, "une thématique de la grille"),
    })),
  );
  if (!referential || !audit) {
    errors.push(...context.errors);
    return undefined;
  }
  const rows = checkGrid(referential.value, audit.value, grids, context);
  errors.push(...context.errors);
  return context.errors.length === 0 ? { referential: referential.value, info: audit.value, rows } : undefined;
}

/** Each row validated on its own, keeping its index so later errors still point at its lines. */
function validRows(rows: unknown[], source: SourceFile, context: Context): { row: AuditRow; index: number }[] {
  return rows.flatMap((data, index) => {
    const rowSource: SourceFile = { file: source.file, data, locate: (fieldPath) => source.locate(["rows", index, ...fieldPath]) };
    const result = validateItem(auditRowSchema, rowSource, {});
    context.errors.push(...result.errors.map((error) => ({ ...error, field: error.field ? `rows[${index}].${error.field}` : `rows[${index}]` })));
    return result.value ? [{ row: result.value, index }] : [];
  });
}

function checkGrid(
  referential: RgaaCriteria,
  audit: AccessibilityAuditInfo,
  grids: { name: string; grid: { value: z.output<typeof auditGridFileSchema>; source: SourceFile } | undefined }[],
  context: Context,
): AuditRow[] {
  const criteria = referential.themes.flatMap((theme) => theme.criteria.map((criterion) => ({ id: criterion.id, theme: theme.number })));
  const criterionIds = new Set(criteria.map((criterion) => criterion.id));
  const pageIds = audit.pages.map((page) => page.id);
  const found = new Map<string, { row: AuditRow; where: string }>();
  const filesByTheme = new Map<number, string>();
  const gridRelative = relative(context, path.join(context.auditDir, GRID_FOLDER));
  for (const { name, grid } of grids) {
    if (!grid) continue;
    const { source } = grid;
    const value = { theme: grid.value.theme, rows: validRows(grid.value.rows, source, context) };
    const declaredTheme = Number(GRID_FILE_NAME.exec(name)![1]);
    if (value.theme !== declaredTheme) {
      context.errors.push(errorAt(source, ["theme"], `thématique différente de celle du nom du fichier ; attendu : ${declaredTheme}`, value.theme));
    }
    if (!referential.themes.some((theme) => theme.number === value.theme)) {
      context.errors.push(errorAt(source, ["theme"], `thématique inconnue du RGAA ${referential.version}`, value.theme));
    }
    const other = filesByTheme.get(value.theme);
    if (other) context.errors.push(errorAt(source, ["theme"], `thématique déjà jugée dans ${other} ; attendu : un fichier par thématique`, value.theme));
    filesByTheme.set(value.theme, source.file);
    value.rows.forEach(({ row, index }) => {
      if (!criterionIds.has(row.criterion)) {
        context.errors.push(errorAt(source, ["rows", index, "criterion"], `critère inconnu du RGAA ${referential.version}`, row.criterion));
        return;
      }
      if (!row.criterion.startsWith(`${value.theme}.`)) {
        context.errors.push(errorAt(source, ["rows", index, "criterion"], `critère d’une autre thématique ; attendu : un critère « ${value.theme}.N » dans ce fichier`, row.criterion));
      }
      if (!pageIds.includes(row.page)) {
        context.errors.push(errorAt(source, ["rows", index, "page"], `page absente de l’échantillon ; attendu : ${pageIds.join(", ")}`, row.page));
        return;
      }
      const key = `${row.criterion} ${row.page}`;
      const position = source.locate(["rows", index]);
      const where = `${source.file}, ligne ${position?.line ?? "?"}`;
      const previous = found.get(key);
      if (previous) {
        context.errors.push(errorAt(source, ["rows", index], `critère ${row.criterion} déjà jugé pour la page « ${row.page} » (${previous.where}) ; attendu : une seule ligne par critère et par page`));
        return;
      }
      found.set(key, { row, where });
    });
  }
  const rows: AuditRow[] = [];
  for (const criterion of criteria) {
    const missing = pageIds.filter((page) => !found.has(`${criterion.id} ${page}`));
    if (missing.length > 0) {
      context.errors.push({
        file: filesByTheme.get(criterion.theme) ?? gridRelative,
        message:
          missing.length === pageIds.length
            ? `critère ${criterion.id} jamais jugé ; attendu : une ligne pour chacune des ${pageIds.length} pages de l’échantillon`
            : `critère ${criterion.id} non jugé pour ${missing.map((page) => `« ${page} »`).join(", ")} ; attendu : une ligne par page de l’échantillon`,
      });
    }
    for (const page of pageIds) {
      const entry = found.get(`${criterion.id} ${page}`);
      if (entry) rows.push(entry.row);
    }
  }
  return rows;
}
