import type { MarkdownIt, StateCore } from "markdown-it";
import { applyFrenchSpacing } from "../text/french-typography.ts";

/** Runs after markdown-it's typographer so guillemets it produced get their spaces too. */
export function frenchTypographyPlugin(md: MarkdownIt): void {
  md.core.ruler.push("french_spacing", (state: StateCore) => {
    for (const block of state.tokens) {
      if (block.type !== "inline" || !block.children) continue;
      for (const token of block.children) {
        if (token.type === "text") token.content = applyFrenchSpacing(token.content);
      }
    }
  });
}
