import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Content } from "../content/load-content.ts";
import type { ListItem } from "../models/fiche.ts";

function listMarkdown(items: ListItem[], depth = 0): string {
  return items
    .map((item) =>
      typeof item === "string"
        ? `${"  ".repeat(depth)}- ${item}`
        : `${"  ".repeat(depth)}- ${item.text}\n${listMarkdown(item.items, depth + 1)}`,
    )
    .join("\n");
}

/**
 * The same Markdown as our content, as plain Eleventy pages with one trivial layout and no data,
 * models or checks: the baseline that shows what our layer costs.
 */
export async function writeBareEleventyProject(content: Content, dir: string): Promise<{ input: string; config: string }> {
  const input = path.join(dir, "input");
  await mkdir(path.join(input, "_includes"), { recursive: true });
  await writeFile(path.join(input, "_includes/page.njk"), "<!DOCTYPE html><html lang=\"fr\"><title>{{ title }}</title><main>{{ content | safe }}</main></html>\n");
  const page = async (folder: string, slug: string, title: string, markdown: string) => {
    await mkdir(path.join(input, folder), { recursive: true });
    await writeFile(path.join(input, folder, `${slug}.md`), `---\ntitle: ${JSON.stringify(title)}\nlayout: page.njk\n---\n${markdown}\n`);
  };
  for (const term of content.terms) {
    await page("lexique", term.id, term.term, [term.short, term.body, term.example ?? "", term.advice ?? ""].join("\n\n"));
  }
  for (const risk of content.risks) {
    const steps = [risk.protect, risk.ifItHappened, risk.report].map((list) => list.map((step, i) => `${i + 1}. ${step}`).join("\n"));
    await page("risques", risk.id, risk.label, [risk.description ?? "", ...steps].join("\n\n"));
  }
  for (const criterion of content.criteria) await page("criteres", criterion.id, criterion.title, criterion.body);
  const services = content.helpServices.map((service) => `## ${service.name}\n\n${service.purpose}\n\n${service.notFor ?? ""}\n\n${service.audience}`);
  await page("aide", "index", "Obtenir de l’aide", services.join("\n\n"));
  for (const fiche of content.fiches) {
    const body = fiche.sections
      .map((section) => {
        switch (section.type) {
          case "heading":
            return `${"#".repeat(section.level)} ${section.text}`;
          case "prose":
          case "callout":
            return section.markdown;
          case "audience":
            return `${section.label} : ${section.markdown}`;
          case "list":
            return listMarkdown(section.items);
          case "risks":
            return section.items.map((item) => `- ${item.text ?? item.risk.label}`).join("\n");
          case "criteria":
            return [section.intro, ...section.items.map((criterion) => `1. ${criterion.id}`)].join("\n\n");
          case "ficheReference":
            return `${section.text} « ${section.fiche.id} »`;
          case "glossary":
            return content.terms.map((term) => `## ${term.term}\n\n${term.body}`).join("\n\n");
        }
      })
      .join("\n\n");
    await page("fiches", fiche.id, fiche.title, body);
  }
  const config = path.join(dir, "eleventy.config.mjs");
  await writeFile(config, "export default function () {\n  return { markdownTemplateEngine: false };\n}\n");
  return { input, config };
}
