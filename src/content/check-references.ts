import type { Criterion } from "../models/criterion.ts";
import type { Fiche, RiskReference } from "../models/fiche.ts";
import type { GlossaryTerm } from "../models/glossary-term.ts";
import type { HelpService } from "../models/help-service.ts";
import type { Risk } from "../models/risk.ts";
import { normalizeForComparison } from "../text/normalize.ts";
import { spellingKey } from "../text/spelling-variants.ts";
import { formatFieldPath, type ContentError } from "./content-error.ts";
import type { Located } from "./validate-item.ts";

export interface ContentToCheck {
  fiches: Located<Fiche>[];
  risks: Located<Risk>[];
  criteria: Located<Criterion>[];
  terms: Located<GlossaryTerm>[];
  helpServices: Located<HelpService>[];
  /** Ids of files that exist but failed validation: references to them are not reported twice. */
  invalidIds?: { fiches: Set<string>; risks: Set<string>; criteria: Set<string>; terms: Set<string>; helpServices: Set<string> };
}

type Path = (string | number)[];

/**
 * Checks every reference between content items and every uniqueness rule in one pass, and returns
 * all problems at once: an editor who renamed a term sees every place that still uses the old name.
 */
export function checkReferences(content: ContentToCheck): ContentError[] {
  const errors: ContentError[] = [];
  const report = (item: Located<unknown>, path: Path, found: unknown, message: string): void => {
    const position = item.source.locate(path);
    errors.push({
      file: item.source.file,
      line: position?.line,
      column: position?.column,
      field: formatFieldPath(path),
      found,
      message,
    });
  };

  const ids = {
    fiches: new Set(content.fiches.map((item) => item.value.id)),
    risks: new Set(content.risks.map((item) => item.value.id)),
    criteria: new Set(content.criteria.map((item) => item.value.id)),
    terms: new Set(content.terms.map((item) => item.value.id)),
    helpServices: new Set(content.helpServices.map((item) => item.value.id)),
  };
  const invalid = content.invalidIds;
  const checkReference = (
    item: Located<unknown>,
    path: Path,
    id: string,
    kind: keyof typeof ids,
    expected: string,
  ): void => {
    if (ids[kind].has(id) || invalid?.[kind].has(id)) return;
    report(item, path, id, `référence inconnue ; attendu : ${expected}`);
  };

  checkUniqueNames(content.fiches, (fiche) => fiche.title, "title", "une autre fiche", report);
  checkUniqueNames(content.risks, (risk) => risk.label, "label", "un autre risque", report);
  checkUniqueNames(content.criteria, (criterion) => criterion.title, "title", "un autre point clé", report);
  checkGlossaryNames(content.terms, report);
  checkUniqueNames(content.helpServices, (service) => service.name, "name", "un autre service d’aide", report);
  const checkHelp = (item: Located<Risk | GlossaryTerm>): void =>
    checkList(item, ["help"], item.value.help, undefined, report, (id, path) =>
      checkReference(item, path, id, "helpServices", "l’identifiant d’un service d’aide (nom de son fichier dans aide/, sans « .yaml »)"),
    );

  for (const term of content.terms) {
    checkList(term, ["seeAlso"], term.value.seeAlso, term.value.id, report, (id, path) =>
      checkReference(term, path, id, "terms", "le slug d’un terme du lexique (nom de son fichier sans « .md »)"),
    );
    checkHelp(term);
  }

  const parents = new Map<string, Located<Risk>>();
  for (const risk of content.risks) {
    checkList(risk, ["subRisks"], risk.value.subRisks, risk.value.id, report, (id, path) => {
      checkReference(risk, path, id, "risks", "l’identifiant d’un risque (nom de son fichier sans « .yaml »)");
      const otherParent = parents.get(id);
      if (otherParent) {
        report(risk, path, id, `sous-risque déjà rattaché à « ${otherParent.value.id} » ; attendu : un seul risque parent`);
      } else {
        parents.set(id, risk);
      }
    });
    checkList(risk, ["terms"], risk.value.terms, undefined, report, (id, path) =>
      checkReference(risk, path, id, "terms", "le slug d’un terme du lexique"),
    );
    checkList(risk, ["avoidedBy"], risk.value.avoidedBy, undefined, report, (id, path) =>
      checkReference(risk, path, id, "criteria", "l’identifiant d’un point clé (nom de son fichier dans criteres/)"),
    );
    checkHelp(risk);
  }
  for (const risk of content.risks) {
    if (parents.has(risk.value.id) && risk.value.subRisks.length > 0) {
      report(risk, ["subRisks"], risk.value.subRisks, "un sous-risque ne peut pas avoir lui-même de sous-risques ; attendu : une liste vide");
    }
  }

  checkCriteriaOrder(content.criteria, report, invalid?.criteria.size ?? 0);

  for (const fiche of content.fiches) {
    fiche.value.sections.forEach((section, index) => {
      const base: Path = ["sections", index];
      if (section.type === "risks") {
        const visit = (items: RiskReference[], path: Path): void =>
          items.forEach((reference, position) => {
            checkReference(fiche, [...path, position, "risk"], reference.risk, "risks", "l’identifiant d’un risque de risques/");
            visit(reference.items, [...path, position, "items"]);
          });
        visit(section.items, [...base, "items"]);
      } else if (section.type === "criteria") {
        checkList(fiche, [...base, "items"], section.items, undefined, report, (id, path) =>
          checkReference(fiche, path, id, "criteria", "l’identifiant d’un point clé de criteres/"),
        );
      } else if (section.type === "ficheReference") {
        if (section.fiche === fiche.value.id) {
          report(fiche, [...base, "fiche"], section.fiche, "une fiche ne peut pas renvoyer vers elle-même ; attendu : une autre fiche");
        } else {
          checkReference(fiche, [...base, "fiche"], section.fiche, "fiches", "le slug d’une fiche de fiches/");
        }
      }
    });
  }
  return errors;
}

type Report = (item: Located<unknown>, path: Path, found: unknown, message: string) => void;

/** Reports duplicates and self-references in a list of ids, then hands each id to `check`. */
function checkList(
  item: Located<unknown>,
  path: Path,
  list: readonly string[],
  selfId: string | undefined,
  report: Report,
  check: (id: string, path: Path) => void,
): void {
  const seen = new Set<string>();
  list.forEach((id, index) => {
    const itemPath = [...path, index];
    if (id === selfId) {
      report(item, itemPath, id, "renvoi vers soi-même ; attendu : un autre élément");
      return;
    }
    if (seen.has(id)) {
      report(item, itemPath, id, "doublon dans la liste ; attendu : chaque élément une seule fois");
      return;
    }
    seen.add(id);
    check(id, itemPath);
  });
}

function checkUniqueNames<T>(
  items: Located<T>[],
  name: (value: T) => string,
  field: string,
  other: string,
  report: Report,
): void {
  const byKey = new Map<string, Located<T>>();
  for (const item of items) {
    const key = normalizeForComparison(name(item.value));
    const first = byKey.get(key);
    if (first) {
      report(item, [field], name(item.value), `même nom que ${other} (${first.source.file}), à la casse ou aux accents près ; attendu : un nom unique`);
    } else {
      byKey.set(key, item);
    }
  }
}

/** The fields that hold a term's names, the displayed ones first. */
const NAME_FIELDS = ["otherNames", "englishNames", "improperNames", "searchSpellings"] as const;

/**
 * Names and search spellings are how readers find and how fiches link a term: each spelling must
 * lead to exactly one term. Within a term, a name that differs from another only by accents, case,
 * hyphens or a plural is refused: it is derived automatically, and a reader would see it twice.
 */
function checkGlossaryNames(terms: Located<GlossaryTerm>[], report: Report): void {
  const owners = new Map<string, { term: Located<GlossaryTerm>; field: string; name: string }>();
  for (const term of terms) {
    const key = spellingKey(term.value.term);
    const first = owners.get(key);
    if (first) {
      report(term, ["term"], term.value.term, `même nom que le terme ${first.term.source.file}, aux accents, à la casse ou au pluriel près ; attendu : un nom unique`);
    } else {
      owners.set(key, { term, field: "term", name: term.value.term });
    }
  }
  for (const term of terms) {
    const own = new Map<string, string>([[spellingKey(term.value.term), term.value.term]]);
    for (const field of NAME_FIELDS) {
      term.value[field].forEach((name, index) => {
        const key = spellingKey(name);
        const path: Path = [field, index];
        const sameTerm = own.get(key);
        if (sameTerm !== undefined) {
          report(term, path, name, `ne diffère de « ${sameTerm} » que par les accents, la casse, les traits d’union ou le pluriel, que le site trouve seul ; attendu : un nom vraiment différent, ou rien`);
          return;
        }
        own.set(key, name);
        const owner = owners.get(key);
        if (owner && owner.term !== term) {
          const what = owner.field === "term" ? "c’est le nom d’un autre terme" : `déjà dans le champ ${owner.field} d’un autre terme`;
          report(term, path, name, `${what} (${owner.term.source.file}, « ${owner.name} ») ; attendu : un nom ou une graphie qui ne désigne qu’un seul terme, ou un renvoi dans seeAlso`);
        } else if (!owner) {
          owners.set(key, { term, field, name });
        }
      });
    }
  }
}

/** Ranks 1…n without gaps or duplicates; gaps are not reported while a criterion file is itself invalid. */
function checkCriteriaOrder(criteria: Located<Criterion>[], report: Report, invalidCount: number): void {
  const byOrder = new Map<number, Located<Criterion>>();
  for (const criterion of criteria) {
    const first = byOrder.get(criterion.value.order);
    if (first) {
      report(criterion, ["order"], criterion.value.order, `même rang que ${first.source.file} ; attendu : un rang unique`);
    } else {
      byOrder.set(criterion.value.order, criterion);
    }
  }
  const count = criteria.length;
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((order) => !byOrder.has(order));
  const last = [...criteria].sort((a, b) => b.value.order - a.value.order)[0];
  if (missing.length > 0 && last && invalidCount === 0) {
    const plural = missing.length > 1 ? "s" : "";
    report(
      last,
      ["order"],
      last.value.order,
      `rang${plural} manquant${plural} : ${missing.join(", ")} ; attendu : des rangs qui se suivent de 1 à ${count}, sans trou ni doublon`,
    );
  }
}
