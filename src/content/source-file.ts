import jsYaml from "js-yaml";
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from "yaml";
import type { ContentError } from "./content-error.ts";

export interface Position {
  line: number;
  column: number;
}

/** A parsed content file that can still point editors to the line of any field. */
export interface SourceFile {
  file: string;
  data: unknown;
  /** Markdown after the front matter, for `.md` files. */
  body?: string | undefined;
  bodyPosition?: Position | undefined;
  locate(path: readonly PropertyKey[]): Position | undefined;
}

export type ParseResult = { ok: true; source: SourceFile } | { ok: false; errors: ContentError[] };

const YAML_ERROR_MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: "clé en double : chaque clé ne peut apparaître qu’une fois",
  BAD_INDENT: "indentation incorrecte ou crochet non fermé : vérifiez les espaces en début de ligne et les [ ] { }",
  TAB_AS_INDENT: "tabulation utilisée pour indenter : utilisez des espaces",
  MISSING_CHAR: "caractère manquant (guillemet, crochet ou accolade non fermé ?)",
  BLOCK_AS_IMPLICIT_KEY: "structure YAML invalide : un « : » est-il en trop, ou faut-il des guillemets ?",
  MULTILINE_IMPLICIT_KEY: "clé sur plusieurs lignes : un « : » manque-t-il, ou faut-il des guillemets ?",
  UNEXPECTED_TOKEN: "caractère inattendu : mettez le texte entre guillemets",
  BAD_SCALAR_START: "début de texte invalide : mettez le texte entre guillemets",
};

/** js-yaml's reasons for refusing a file that `yaml` accepts, in the editors' words. */
const JS_YAML_REASONS: Record<string, string> = {
  "unknown tag": "étiquette YAML inconnue (« !!… ») : le contenu n’accepte que des textes, des nombres, des listes et des champs",
  "nesting exceeded maxDepth": "structure trop imbriquée (plus de 100 niveaux de listes ou de champs) : le contenu n’en a jamais besoin",
};

/** One typing mistake can cascade into hundreds of syntax errors: the first few locate it. */
const MAX_YAML_ERRORS = 5;

const ALIAS_MESSAGE =
  "ancre ou alias YAML (« & » ou « * » devant un nom) refusé : écrivez la valeur en entier, ou mettez le texte entre guillemets s’il commence par « & » ou « * »";

/** Parses `.yaml` files and the front matter of `.md` files, keeping line numbers for every field. */
export function parseSourceFile(file: string, content: string): ParseResult {
  if (file.endsWith(".md")) return parseMarkdownFile(file, content);
  return parseYaml(file, content, 0);
}

function parseMarkdownFile(file: string, content: string): ParseResult {
  const normalized = content.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const lines = normalized.split("\n");
  const closing = lines[0] === "---" ? lines.indexOf("---", 1) : -1;
  if (closing === -1) {
    return {
      ok: false,
      errors: [
        {
          file,
          line: 1,
          column: 1,
          message:
            "attendu : un en-tête YAML en début de fichier, entre une ligne « --- » et une autre ligne « --- », puis le texte",
        },
      ],
    };
  }
  const result = parseYaml(file, lines.slice(1, closing).join("\n"), 1);
  if (!result.ok) return result;
  result.source.body = lines.slice(closing + 1).join("\n").trim();
  result.source.bodyPosition = { line: closing + 2, column: 1 };
  return result;
}

/**
 * js-yaml with the YAML 1.2 core schema reads valid files about ten times faster than `yaml`; the
 * `yaml` document, which knows the line of every node, is built only when a file has an error or
 * a field must be located (an error message), so a valid site is parsed once, quickly.
 */
function parseYaml(file: string, content: string, lineOffset: number): ParseResult {
  let data: unknown;
  let anchored = false;
  try {
    data = jsYaml.load(content, {
      schema: jsYaml.CORE_SCHEMA,
      filename: file,
      // `anchor` is part of js-yaml's parser state, though not of its published types.
      listener: (event, state) => {
        if (event === "close" && (state as { anchor?: string | null }).anchor) anchored = true;
      },
    });
  } catch (error) {
    return { ok: false, errors: yamlErrors(file, content, lineOffset, error) };
  }
  let located: { doc: Document.Parsed; lineCounter: LineCounter } | undefined;
  const document = () => {
    if (!located) {
      const lineCounter = new LineCounter();
      located = { doc: parseDocument(content, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true }), lineCounter };
    }
    return located;
  };
  // Aliases let a few lines stand for billions of values (an « alias bomb ») that every later
  // check would walk; content never needs them. An alias needs an anchor: js-yaml reports anchors
  // as it reads, and only then is the slower, located document built to point at the first one.
  if (anchored) {
    const { doc, lineCounter } = document();
    const offset = firstAnchorOrAlias(doc);
    if (offset !== undefined) {
      const position = lineCounter.linePos(offset);
      return { ok: false, errors: [{ file, line: position.line + lineOffset, column: position.col, message: `YAML invalide — ${ALIAS_MESSAGE}` }] };
    }
  }
  return {
    ok: true,
    source: {
      file,
      data: data ?? {},
      locate: (path) => {
        const { doc, lineCounter } = document();
        return locateInDocument(doc.contents, path, (offset) => {
          const position = lineCounter.linePos(offset);
          return { line: position.line + lineOffset, column: position.col };
        });
      },
    },
  };
}

function firstAnchorOrAlias(doc: Document.Parsed): number | undefined {
  let offset: number | undefined;
  visit(doc, (_key, node) => {
    const anchored = isAlias(node) || ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor !== undefined);
    if (!anchored) return undefined;
    offset = (node as Node).range?.[0] ?? 0;
    return visit.BREAK;
  });
  return offset;
}

/** The errors of a file js-yaml refused: known reasons in the editors' words, else `yaml`'s (more precise). */
function yamlErrors(file: string, content: string, lineOffset: number, error: unknown): ContentError[] {
  const mark = error instanceof jsYaml.YAMLException ? error.mark : undefined;
  const reason = error instanceof jsYaml.YAMLException ? error.reason : String(error);
  const known = Object.entries(JS_YAML_REASONS).find(([start]) => reason.startsWith(start));
  const jsYamlError = (message: string): ContentError[] => [
    {
      file,
      line: mark ? mark.line + 1 + lineOffset : undefined,
      column: mark ? mark.column + 1 : undefined,
      message: `YAML invalide — ${message}`,
    },
  ];
  if (known) return jsYamlError(known[1]);
  const lineCounter = new LineCounter();
  const doc = parseDocument(content, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  if (doc.errors.length === 0) return jsYamlError(`erreur de syntaxe (${reason})`);
  return doc.errors.slice(0, MAX_YAML_ERRORS).map((yamlError) => {
    const position = lineCounter.linePos(yamlError.pos[0]);
    return {
      file,
      line: position.line + lineOffset,
      column: position.col,
      message: `YAML invalide — ${YAML_ERROR_MESSAGES[yamlError.code] ?? `erreur de syntaxe (${yamlError.code})`}`,
    };
  });
}

function locateInDocument(
  root: unknown,
  path: readonly PropertyKey[],
  toPosition: (offset: number) => Position,
): Position | undefined {
  let node = root as Node | null | undefined;
  let best: Position | undefined = node?.range ? toPosition(node.range[0]) : undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
      if (!pair) return best;
      const key = pair.key as Node;
      if (key.range) best = toPosition(key.range[0]);
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment] as Node | undefined;
      if (!item) return best;
      if (item.range) best = toPosition(item.range[0]);
      node = item;
    } else {
      return best;
    }
  }
  return best;
}
