import type { ChromiumLaunch } from "../platform/chromium.ts";

/**
 * Rules we ignore, each with the reason next to it. Empty: every page must pass both runners
 * without exception.
 */
export const ignoredRules: { rule: string; reason: string }[] = [];

/** pa11y-ci settings: both runners, WCAG 2 AA, and the system Chromium (never a downloaded one). */
export function pa11yConfig(urls: string[], chromium: ChromiumLaunch) {
  return {
    defaults: {
      standard: "WCAG2AA",
      runners: ["axe", "htmlcs"],
      timeout: 60_000,
      concurrency: 2,
      // With incognito contexts and concurrency > 1, pages fail at random (pa11y-ci issue #354).
      useIncognitoBrowserContext: false,
      ignore: ignoredRules.map((entry) => entry.rule),
      chromeLaunchConfig: {
        executablePath: chromium.executablePath,
        userDataDir: chromium.userDataDir,
        args: chromium.args,
      },
    },
    urls,
  };
}

/** Sitemap addresses moved to the local server, plus the 404 page, which no sitemap lists. */
export function localUrls(sitemapXml: string, baseUrl: string, localOrigin: string): string[] {
  const locations = [...sitemapXml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
  const local = locations.map((location) => location.replace(baseUrl, localOrigin));
  return [...local, `${localOrigin}/404.html`];
}
