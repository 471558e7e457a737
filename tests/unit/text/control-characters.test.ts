import { expect, it } from "vitest";
import { describeForbiddenCharacter, escapeForTerminal, FORBIDDEN_CHARACTERS } from "../../../src/text/control-characters.ts";

const matches = (text: string) => [...text.matchAll(FORBIDDEN_CHARACTERS)].map((match) => match[0]);

it("finds controls, XML-forbidden characters, lone surrogates and bidi overrides", () => {
  expect(matches("a\u0000b\u000Bc\u001Bd\u0085e\u202Ef\u2066g\uFFFEh\uD800i")).toEqual([
    "\u0000",
    "\u000B",
    "\u001B",
    "\u0085",
    "\u202E",
    "\u2066",
    "\uFFFE",
    "\uD800",
  ]);
});

it("leaves tabs, line breaks, French spaces, emoji and right-to-left scripts alone", () => {
  expect(matches("a\tb\nc\r\nd\u00A0e\u202Ff 🔐🕵️‍♀️ مرحبا שלום \u200E\u200F")).toEqual([]);
});

it("names the character an editor cannot see", () => {
  expect(describeForbiddenCharacter("\u000B")).toContain("U+000B (tabulation verticale)");
  expect(describeForbiddenCharacter("\u202E")).toContain("direction du texte U+202E");
  expect(describeForbiddenCharacter("\u0007")).toContain("U+0007");
});

it("shows terminal escape codes instead of sending them to the terminal", () => {
  expect(escapeForTerminal("titre \u001B[2J\u001B]0;pwned\u0007 fin\n\tsuite \u202Eabc")).toBe(
    "titre ⟨U+001B⟩[2J⟨U+001B⟩]0;pwned⟨U+0007⟩ fin\n\tsuite ⟨U+202E⟩abc",
  );
});
