import { ui } from "../site/ui-strings.ts";
import { withCount } from "../text/with-count.ts";

export interface NavigationItem {
  url: string;
  label: string;
  /** `aria-current`: « page » on the page itself, « true » in its section, absent elsewhere. */
  current?: "page" | "true" | undefined;
}

/**
 * The header and footer links of the site, with the real number of key points and the accessibility
 * state the audit measured (the law wants it on every page).
 */
export function siteNavigation(criteriaCount: number, accessibilityState: string): { main: NavigationItem[]; footer: NavigationItem[] } {
  return {
    main: ui.nav.map((item) => ({ url: item.url, label: withCount(item.label, criteriaCount) })),
    footer: ui.footer.map((item) => ({ url: item.url, label: item.label.replace("{state}", accessibilityState) })),
  };
}

/** Marks the link of the page being shown, and the link of the section it belongs to. */
export function markCurrent(items: readonly NavigationItem[], pageUrl: string): NavigationItem[] {
  return items.map((item) => {
    if (item.url === pageUrl) return { ...item, current: "page" };
    if (item.url !== "/" && pageUrl.startsWith(item.url)) return { ...item, current: "true" };
    return item;
  });
}
