import { expect, it } from "vitest";
import { cssString } from "../../../src/text/css-string.ts";

/** What a CSS parser reads back from a string token: escapes resolved (CSS Syntax 3, 4.3.7). */
function unescapeCss(literal: string): string {
  expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
  return literal.slice(1, -1).replace(/\\([0-9a-f]{1,6}) ?/gi, (_match, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)));
}

it("keeps a French title readable", () => {
  expect(cssString("Messagerie instantanée — les risques, conseils : 6 points !")).toBe(
    '"Messagerie instantanée — les risques, conseils : 6 points !"',
  );
});

it("escapes every character that could end the string, the rule or the sheet", () => {
  const hostile = 'a"b\'c\\d\ne\rf\fg*/h</style>i{j}k;l@import url(https://evil.example/x.css);m\u2028n';
  const literal = cssString(hostile);
  const outsideEscapes = literal.slice(1, -1).replace(/\\[0-9a-f]{1,6} /g, "");
  expect(outsideEscapes).not.toMatch(/["'\\\n\r\f{};@<>*/\u2028]/);
  expect(unescapeCss(literal)).toBe(hostile);
});

it("replaces NUL and lone surrogates the way CSS itself would", () => {
  expect(unescapeCss(cssString("a\u0000b\uD800c"))).toBe("a\uFFFDb\uFFFDc");
});

it("ends each escape with a space so a following hex digit is not swallowed", () => {
  expect(unescapeCss(cssString('"a'))).toBe('"a');
  expect(cssString('"a')).toBe('"\\22 a"');
});
