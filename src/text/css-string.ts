/**
 * A CSS string literal (for `content:`) that no text can leave: everything but letters, digits,
 * spaces and harmless punctuation is written as a hexadecimal escape, so quotes, backslashes, line
 * breaks of every kind (\n, \r, \f), `*​/`, `<` and NUL can neither end the string nor the rule.
 */
export function cssString(value: string): string {
  let escaped = "";
  for (const character of value) {
    const code = character.codePointAt(0)!;
    if (code === 0 || (code >= 0xd800 && code <= 0xdfff)) escaped += "\\fffd ";
    else if (isPlain(code)) escaped += character;
    else escaped += `\\${code.toString(16)} `;
  }
  return `"${escaped}"`;
}

/** Letters, digits, space and punctuation with no meaning inside a CSS string, or any non-ASCII printable character. */
function isPlain(code: number): boolean {
  if (code >= 0x80) return code > 0x9f && code !== 0x2028 && code !== 0x2029;
  return /[A-Za-z0-9 .,:!?()+=_#%-]/.test(String.fromCharCode(code));
}
