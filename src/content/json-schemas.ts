import { z } from "zod";
import { accessibilityAuditSchema, auditGridFileSchema, auditRowSchema, rgaaCriteriaSchema } from "../models/accessibility-audit.ts";
import { criterionSchema } from "../models/criterion.ts";
import { list } from "../models/fields.ts";
import { ficheSchema } from "../models/fiche.ts";
import { glossaryTermFields } from "../models/glossary-term.ts";
import { helpServiceSchema } from "../models/help-service.ts";
import { riskSchema } from "../models/risk.ts";
import { siteMetadataSchema } from "../models/site-metadata.ts";

/**
 * JSON Schemas for editors' YAML tooling, generated from the same zod schemas the build uses.
 * Fields the loader derives from the file (id from its name, Markdown body) are left out.
 */
export function editorJsonSchemas(): Record<string, unknown> {
  const describe = (schema: z.ZodType, title: string) => ({
    ...z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }),
    title,
  });
  return {
    "fiche.schema.json": describe(ficheSchema.omit({ id: true }), "Fiche pratique (content/fiches/*.yaml)"),
    "risque.schema.json": describe(riskSchema.omit({ id: true }), "Risque (content/risques/*.yaml)"),
    "critere.schema.json": describe(
      criterionSchema.omit({ id: true, body: true }),
      "Point clé : en-tête YAML de content/criteres/*.md",
    ),
    "terme.schema.json": describe(
      glossaryTermFields.omit({ id: true, body: true }),
      "Terme du lexique : en-tête YAML de content/lexique/*.md",
    ),
    "service-aide.schema.json": describe(helpServiceSchema.omit({ id: true }), "Service d’aide ou de signalement (content/aide/*.yaml)"),
    "site.schema.json": describe(siteMetadataSchema, "Informations sur le site (content/site.yaml)"),
    "audit-rgaa.schema.json": describe(accessibilityAuditSchema, "Audit RGAA : échantillon et outils (content/accessibilite/audit.yaml)"),
    "criteres-rgaa.schema.json": describe(rgaaCriteriaSchema, "Critères du RGAA (content/accessibilite/criteres.yaml)"),
    "grille-rgaa.schema.json": describe(
      auditGridFileSchema.extend({ rows: list(auditRowSchema, "lignes de la grille").min(1) }),
      "Grille d’audit RGAA, une thématique (content/accessibilite/grille/*.yaml)",
    ),
  };
}

/** The files as written to `schemas/`: stable formatting so the freshness test can compare text. */
export function editorJsonSchemaFiles(): Map<string, string> {
  return new Map(Object.entries(editorJsonSchemas()).map(([name, schema]) => [name, `${JSON.stringify(schema, null, 2)}\n`]));
}
