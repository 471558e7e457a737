import type { Neighbours, PageLink } from "./views.ts";

/** A tree flattened depth first: each item, then its children, as a reader meets them in a fiche. */
export function depthFirst<Item>(roots: readonly Item[], children: (item: Item) => readonly Item[]): Item[] {
  const seen = new Set<Item>();
  const out: Item[] = [];
  const visit = (item: Item): void => {
    if (seen.has(item)) return;
    seen.add(item);
    out.push(item);
    children(item).forEach(visit);
  };
  roots.forEach(visit);
  return out;
}

/** The previous and next page of each item of a sequence; the first has no previous, the last no next. */
export function neighboursInOrder(items: readonly PageLink[]): Neighbours[] {
  const link = (item: PageLink | undefined): PageLink | undefined =>
    item && { url: item.url, titleHtml: item.titleHtml, title: item.title, lang: item.lang };
  return items.map((_, index) => ({ previous: link(items[index - 1]), next: link(items[index + 1]) }));
}
