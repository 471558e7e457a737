/** Names that appear both in the interface and inside page prose, written once so they cannot drift apart. */
export const selfCheckTitle = "Ma messagerie est-elle sûre\u202F?";
export const feedTitle = "Mises à jour des fiches (flux Atom)";
export const glossaryName = "Lexique du parfait hacker";

export const helpTitle = "Obtenir de l’aide";
