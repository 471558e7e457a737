import { lstat } from "node:fs/promises";
import path from "node:path";
import { CONTENT_IMAGE_PATH, markdownImages } from "../markdown/content-images.ts";
import { sharedMarkdown } from "../markdown/markdown.ts";
import { formatFieldPath, type ContentError } from "./content-error.ts";
import type { Located } from "./validate-item.ts";

/** An image of the content folder that pages use, to copy into the site. */
export interface ContentImage {
  /** Absolute path of the file in the content folder. */
  file: string;
  /** Its address on the site, `/images/…`. */
  url: string;
}

const HOW_TO = "attendu : une image du dossier content/images/, écrite ![description de l’image](images/nom-du-fichier.png) (PNG, JPEG ou WebP, nom en minuscules et tirets)";

function imageProblem(source: string, description: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(source)) {
    return `image d’un autre site refusée (« ${source} ») : chaque lecture lui dirait qui lit quoi ; ${HOW_TO}`;
  }
  if (!CONTENT_IMAGE_PATH.test(source)) return `chemin d’image non reconnu « ${source} » ; ${HOW_TO}`;
  if (!description) return "description de l’image manquante : les personnes qui ne la voient pas n’en sauraient rien ; attendu : une phrase entre les crochets, ![ce que montre l’image](…)";
  return undefined;
}

/**
 * Checks every image of every Markdown field: only files of `content/images/` that exist, each
 * with a description. Returns the images to publish; the build copies exactly those.
 */
export async function checkImages(
  items: readonly Located<unknown>[],
  contentDir: string,
  errors: ContentError[],
): Promise<ContentImage[]> {
  const used = new Map<string, { item: Located<unknown>; path: (string | number)[]; line: number }>();
  for (const item of items) {
    for (const [fieldPath, markdown] of markdownFields(item.value)) {
      for (const image of markdownImages(sharedMarkdown(), markdown)) {
        const position = fieldPosition(item, fieldPath, image.line);
        const problem = imageProblem(image.source, image.description);
        if (problem) {
          errors.push({ file: item.source.file, ...position, field: formatFieldPath(fieldPath), message: problem });
        } else if (!used.has(image.source)) {
          used.set(image.source, { item, path: fieldPath, line: image.line });
        }
      }
    }
  }
  const images: ContentImage[] = [];
  for (const [source, where] of used) {
    const file = path.join(contentDir, source);
    const kind = await fileKind(file);
    if (kind === "file") {
      images.push({ file, url: `/${source}` });
      continue;
    }
    errors.push({
      file: where.item.source.file,
      ...fieldPosition(where.item, where.path, where.line),
      field: formatFieldPath(where.path),
      message:
        kind === "symlink"
          ? `image « ${source} » : lien symbolique refusé ; attendu : le fichier lui-même dans content/images/`
          : `image introuvable : content/${source} n’existe pas ; attendu : le fichier dans content/images/, nommé exactement ainsi`,
    });
  }
  return images;
}

async function fileKind(file: string): Promise<"file" | "symlink" | "missing"> {
  try {
    const info = await lstat(file);
    if (info.isSymbolicLink()) return "symlink";
    return info.isFile() ? "file" : "missing";
  } catch {
    return "missing";
  }
}

/** Every string that may hold an image (« ![ »), with its path: Markdown can sit in any text field. */
function markdownFields(value: unknown, path: (string | number)[] = []): [(string | number)[], string][] {
  if (typeof value === "string") return value.includes("![") ? [[path, value]] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => markdownFields(item, [...path, index]));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => markdownFields(item, [...path, key]));
  return [];
}

function fieldPosition(item: Located<unknown>, fieldPath: (string | number)[], line: number): { line?: number | undefined; column?: number | undefined } {
  if (fieldPath.length === 1 && fieldPath[0] === "body" && item.source.bodyPosition) {
    return { line: item.source.bodyPosition.line + line };
  }
  const position = item.source.locate(fieldPath);
  return { line: position?.line, column: position?.column };
}
