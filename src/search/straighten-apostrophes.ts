/** U+2019, the apostrophe of French typography (markdown-it's typographer writes it everywhere). */
const CURLY_APOSTROPHE = /\u2019/g;

/**
 * Pagefind 1.6 does not split a word off a curly apostrophe: « L’authentification » is indexed as one
 * word, so « authentification » does not find it, while « L'authentification » works. The pages keep
 * their typography; only the copy handed to Pagefind gets straight apostrophes (so excerpts show ').
 */
export function straightenApostrophes(html: string): string {
  return html.replace(CURLY_APOSTROPHE, "'");
}
