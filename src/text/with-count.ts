/** « Les {count} points clés » with the real count: the number is never typed in a string or a template. */
export function withCount(text: string, count: number): string {
  return text.replaceAll("{count}", String(count));
}
