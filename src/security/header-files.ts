import { securityHeaders } from "./headers.ts";

/** Netlify / Cloudflare Pages `_headers`: every path gets the security headers. */
export function netlifyHeadersFile(headers: Readonly<Record<string, string>> = securityHeaders): string {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return [
    "# Généré depuis src/security/headers.ts par la construction : ne pas modifier à la main.",
    "/*",
    ...lines,
    "",
    "/pagefind/*",
    "  Cache-Control: public, max-age=3600",
    "",
  ].join("\n");
}

/**
 * nginx snippet for the `server { }` block serving `_site/`. All `add_header` lines live at server
 * level: nginx drops inherited headers in any `location` that declares its own. The precompressed
 * copies the build writes are served by gzip_static and brotli_static (a module Debian packages).
 */
export function nginxHeadersSnippet(headers: Readonly<Record<string, string>> = securityHeaders): string {
  const lines = Object.entries(headers).map(([name, value]) => `add_header ${name} "${value.replace(/"/g, '\\"')}" always;`);
  return [
    "# Généré depuis src/security/headers.ts par « npm run headers » : ne pas modifier à la main.",
    "# À inclure dans le bloc server { } qui sert le dossier _site/ (include .../nginx-fiches-pratiques.conf;).",
    "# N’ajoutez pas d’add_header dans un bloc location : nginx oublierait alors ceux-ci.",
    ...lines,
    "",
    "charset utf-8;",
    "index index.html;",
    "",
    "# La construction écrit fichier.gz et fichier.br à côté de chaque fichier texte : servis tels quels,",
    "# sans compression à chaque requête. brotli_static vient du paquet libnginx-mod-http-brotli-static.",
    "gzip_static on;",
    "gzip_vary on;",
    "brotli_static on;",
    "",
    "error_page 404 /404.html;",
    "",
    "location / {",
    "    try_files $uri $uri/ =404;",
    "}",
    "",
    "# Pagefind charge son moteur en WebAssembly : le type MIME doit être exact.",
    "location ~ \\.wasm$ {",
    "    default_type application/wasm;",
    "}",
    "",
    "# La grille d’audit RGAA, pour les tableurs : text/csv en UTF-8, que mime.types le connaisse ou non.",
    "location ~ \\.csv$ {",
    "    types { text/csv csv; }",
    "    charset_types text/csv;",
    "}",
    "",
    "# Les fichiers d’en-têtes pour d’autres hébergeurs ne sont pas à servir.",
    "location = /_headers {",
    "    return 404;",
    "}",
    "",
  ].join("\n");
}
