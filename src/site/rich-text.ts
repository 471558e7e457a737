/**
 * Sentences with links, emphasis or data in them are given to templates as parts, never as HTML:
 * `_includes/components/rich-text.njk` escapes every run, so no page text needs `| safe`.
 */

/** A link inside a sentence; `type` announces a target that is not a web page (feed, JSON). */
export interface Link {
  readonly text: string;
  readonly url: string;
  readonly type?: string;
}

/**
 * Where the template puts a value only the data knows (a count, the site's name, a link to the
 * publisher's address): the words stay here, the number or name comes from the graph.
 */
export interface Slot {
  readonly slot: string;
}

export type Inline = string | Link | Slot | { readonly strong: string } | { readonly code: string } | { readonly sup: string };

export type RichText = readonly Inline[];

export function link(text: string, url: string, type?: string): Link {
  return type === undefined ? { text, url } : { text, url, type };
}

export function slot(name: string): Slot {
  return { slot: name };
}

export function strong(text: string): { readonly strong: string } {
  return { strong: text };
}

export function code(text: string): { readonly code: string } {
  return { code: text };
}

/** Superscript, for the French « n° » written the typographic way (n<sup>o</sup>). */
export function sup(text: string): { readonly sup: string } {
  return { sup: text };
}
