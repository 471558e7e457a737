import path from "node:path";
import { repoRoot } from "./repo-root.ts";

/** What a command line may change through the environment; read once, by `scripts/`, then passed on. */
export interface CommandSettings {
  /** FICHES_CONTENT_DIR, or `content/`. */
  contentDir: string;
  /** FICHES_SITE_DIR, or `_site/`. */
  siteDir: string;
  /** FICHES_CACHE_DIR, or `.cache/`: PDFs kept between builds. */
  cacheDir: string;
  /** NODE_ENV=production: placeholders are refused. */
  production: boolean;
}

export function commandSettings(env: NodeJS.ProcessEnv = process.env): CommandSettings {
  const fromRoot = (value: string | undefined, fallback: string) => path.resolve(repoRoot, value || fallback);
  return {
    contentDir: fromRoot(env.FICHES_CONTENT_DIR, "content"),
    siteDir: fromRoot(env.FICHES_SITE_DIR, "_site"),
    cacheDir: fromRoot(env.FICHES_CACHE_DIR, ".cache"),
    production: env.NODE_ENV === "production",
  };
}
