/** A CSS string literal for `content:`: quotes, backslashes and line breaks escaped. */
export function cssString(value: string): string {
  const escaped = value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/[\r\n]+/g, " ");
  return `"${escaped}"`;
}
