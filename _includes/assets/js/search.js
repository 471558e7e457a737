// Search page: our own interface on Pagefind's JavaScript API (Pagefind's ready-made one fails RGAA).
// Without JavaScript, the page keeps its fallback: links to the A–Z glossary and the site plan.
// Works under the site's CSP: no inline script or style; elements are shown and hidden with the
// `hidden` attribute; Pagefind (and its WebAssembly) is loaded from /pagefind/ only when needed.
(() => {
  "use strict";

  /** The strings this script shows or announces come from src/ui-strings.ts, through the page. */
  const STRINGS = JSON.parse(document.querySelector("[data-search-text]")?.getAttribute("data-search-text") ?? "{}");
  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, key) => String(values[key]));
  const TEXT = {
    results: (count) => (count === 1 ? STRINGS.resultOne : fill(STRINGS.resultMany, { count })),
    none: STRINGS.none,
    forQuery: (query) => fill(STRINGS.forQuery, { query }),
    inFilter: (label) => fill(STRINGS.inFilter, { label }),
    noResultsHint: STRINGS.noResultsHint,
    glossaryLink: STRINGS.glossaryLink,
    more: (count) => (count === 1 ? STRINGS.moreOne : fill(STRINGS.moreMany, { count })),
    failed: STRINGS.failed,
    failedHint: STRINGS.failedHint,
  };

  /** Filter value of the one-record-per-name entries (see src/search/term-name-records.ts). */
  const NAME_RECORD_TYPE = "nom de terme";
  /** Their sort key: the number of words of the name. */
  const NAME_LENGTH_SORT = "mots";
  /** Filters of a name record holding its term's title and summary (src/search/term-name-records.ts). */
  const NAME_SHOWN_AS = { title: "terme", summary: "résumé" };
  /** The only page type that name records point to. */
  const TERM_TYPE = "terme du lexique";
  /** What a term page says it is in results (`data-pagefind-meta="type:…"`). */
  const TERM_NAME = "Terme du lexique";
  /** One or two letters are the start of a word being typed, not a name. */
  const MIN_NAME_QUERY_LENGTH = 3;
  /** Names of the shortest length checked to find one the query spells entirely. */
  const MAX_NAMES_CHECKED = 10;
  const PAGE_SIZE = 10;
  const TYPING_DELAY_MS = 250;
  const GLOSSARY_URL = "/lexique/";
  const SITE_MAP_URL = "/plan-du-site/";

  const form = document.querySelector("[data-search-form]");
  if (!form) return;
  const field = form.elements.namedItem("q");
  const filter = form.querySelector("[data-search-filter]");
  const status = document.querySelector("[data-search-status]");
  /** A failure is an error: announced at once (role="alert"), apart from the results' status. */
  const errorMessage = document.querySelector("[data-search-error]");
  const output = document.querySelector("[data-search-results]");
  const baseTitle = document.title;

  /** Case, accents, apostrophe style and spacing ignored, as the site compares names. */
  function normalizeName(text) {
    return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, " ").trim();
  }

  /**
   * The index was built with straight apostrophes (Pagefind does not split words on ’), so the
   * query is straightened the same way, and text shown back gets French typography again.
   */
  const straighten = (text) => text.replace(/’/g, "'");
  const typographic = (text) => text.replace(/'/g, "’");

  /** Pagefind escapes < and > in excerpts and marks hits with <mark>: split it into plain parts. */
  function excerptParts(excerpt) {
    return excerpt
      .split(/(<mark>.*?<\/mark>)/)
      .filter(Boolean)
      .map((part) => {
        const marked = part.startsWith("<mark>");
        const text = (marked ? part.slice(6, -7) : part).replace(/&lt;/g, "<").replace(/&gt;/g, ">");
        return { text: typographic(text), marked };
      });
  }

  /** Pagefind, imported on first use; a failed load is retried by the next search. */
  let pagefindLoading = null;
  function loadPagefind() {
    if (!pagefindLoading) {
      pagefindLoading = import("/pagefind/pagefind.js").then(async (pagefind) => {
        // On the main thread: the index is small, and every request stays visible to the page.
        await pagefind.options({ noWorker: true });
        await pagefind.init();
        return pagefind;
      });
      pagefindLoading.catch(() => (pagefindLoading = null));
    }
    return pagefindLoading;
  }

  /**
   * The name record of the glossary term whose whole name the query spells (« phishing » → Hameçonnage,
   * « chiffrer » → Chiffrement), or null. Pagefind ranks pages, and a page that merely contains a
   * name can outrank the term itself; the index therefore holds each name as a tiny record. The
   * shortest names that match are the only ones the query can spell entirely: each is checked, the
   * exact spelling wins, then Pagefind's relevance.
   */
  async function findSpeltTermName(pagefind, query) {
    if (query.length < MIN_NAME_QUERY_LENGTH) return null;
    const names = { filters: { type: NAME_RECORD_TYPE } };
    const [byLength, byRelevance] = await Promise.all([
      pagefind.search(query, { ...names, sort: { [NAME_LENGTH_SORT]: "asc" } }),
      pagefind.search(query, names),
    ]);
    const rank = new Map(byRelevance.results.map((result, index) => [result.id, index]));
    const spelt = [];
    let shortest = Infinity;
    for (const result of byLength.results.slice(0, MAX_NAMES_CHECKED)) {
      const name = await result.data();
      if (name.word_count > shortest) break;
      shortest = name.word_count;
      if (new Set(name.locations).size >= name.word_count) spelt.push({ name, rank: rank.get(result.id) ?? Infinity });
    }
    const exact = spelt.find(({ name }) => normalizeName(name.content) === normalizeName(query));
    const best = exact ?? spelt.sort((a, b) => a.rank - b.rank)[0];
    return best ? best.name : null;
  }

  /** Pages matching the query (and the type, if one is chosen), the spelt term first. */
  async function searchSite(query, type) {
    const pagefind = await loadPagefind();
    const [pages, termName] = await Promise.all([
      pagefind.search(query, { filters: { type: type || { none: [NAME_RECORD_TYPE] } } }),
      !type || type === TERM_TYPE ? findSpeltTermName(pagefind, query) : null,
    ]);
    const hits = pages.results.map((result) => ({ load: once(result.data) }));
    if (termName) {
      const termUrl = termName.url.split("#")[0];
      let found = false;
      for (const [index, hit] of hits.entries()) {
        if ((await hit.load()).url === termUrl) {
          hits.unshift(...hits.splice(index, 1));
          found = true;
          break;
        }
      }
      // A search spelling (« SMS bizarre ») is on no page: the name record itself leads to the term.
      if (!found) {
        const meta = { title: termName.filters[NAME_SHOWN_AS.title][0], type: TERM_NAME, summary: termName.filters[NAME_SHOWN_AS.summary][0] };
        hits.unshift({ load: async () => ({ url: termUrl, meta, excerpt: "" }) });
      }
    }
    return hits;
  }

  function once(load) {
    let loaded = null;
    return () => (loaded ??= load());
  }

  // ——— Display ———

  function element(name, className, text) {
    const node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /**
   * A term page's English names (its `english` meta, « a, b ») in the excerpt are marked
   * lang="en", as on the page itself, so screen readers pronounce them in English (RGAA 8.7).
   */
  function englishRanges(text, names) {
    const lower = text.toLowerCase();
    const ranges = [];
    for (const name of names) {
      const wanted = typographic(name).toLowerCase();
      for (let at = lower.indexOf(wanted); at !== -1 && wanted; at = lower.indexOf(wanted, at + wanted.length)) ranges.push([at, at + wanted.length]);
    }
    return ranges;
  }

  function excerptNodes(parts, englishNames) {
    const ranges = englishRanges(parts.map((part) => part.text).join(""), englishNames);
    const cuts = new Set(ranges.flat());
    const nodes = [];
    let offset = 0;
    for (const part of parts) {
      const bounds = [0, ...[...cuts].filter((cut) => cut > offset && cut < offset + part.text.length).map((cut) => cut - offset).sort((a, b) => a - b), part.text.length];
      for (let index = 0; index < bounds.length - 1; index++) {
        const text = part.text.slice(bounds[index], bounds[index + 1]);
        const start = offset + bounds[index];
        const english = ranges.some(([from, to]) => start >= from && start < to);
        let node = part.marked ? element("mark", "", text) : document.createTextNode(text);
        if (english) {
          if (part.marked) node.lang = "en";
          else {
            const span = element("span", "", text);
            span.lang = "en";
            node = span;
          }
        }
        nodes.push(node);
      }
      offset += part.text.length;
    }
    return nodes;
  }

  function renderHit(data) {
    const item = element("li");
    const heading = element("h2", "search-results__title");
    const link = element("a", "", typographic(data.meta.title || data.url));
    link.href = data.url;
    heading.append(link);
    item.append(heading);
    if (data.meta.type) item.append(element("p", "search-results__type", data.meta.type));
    const parts = excerptParts(data.excerpt);
    const excerpt = element("p", "search-results__excerpt");
    if (parts.some((part) => part.marked) || !data.meta.summary) {
      const englishNames = (data.meta.english ?? "").split(",").map((name) => name.trim()).filter(Boolean);
      excerpt.append(...excerptNodes(parts, englishNames));
    } else {
      excerpt.textContent = typographic(data.meta.summary);
    }
    item.append(excerpt);
    return item;
  }

  /** The data of the next page of hits (Pagefind loads each hit's fragment on demand). */
  function loadBatch(hits, shown) {
    return Promise.all(hits.slice(shown, shown + PAGE_SIZE).map((hit) => hit.load()));
  }

  /** When Pagefind cannot load (offline, missing index): the same ways in as without JavaScript. */
  function renderFailure() {
    const [before, glossary, between, siteMap, after] = TEXT.failedHint;
    const hint = element("p", "search-results__hint", before);
    const glossaryLink = element("a", "", glossary);
    glossaryLink.href = GLOSSARY_URL;
    const siteMapLink = element("a", "", siteMap);
    siteMapLink.href = SITE_MAP_URL;
    hint.append(glossaryLink, between, siteMapLink, after);
    output.replaceChildren(hint);
  }

  function renderNoResults() {
    const hint = element("p", "search-results__hint", TEXT.noResultsHint);
    const link = element("a", "", TEXT.glossaryLink);
    link.href = GLOSSARY_URL;
    hint.append(link, ".");
    output.replaceChildren(hint);
  }

  /** Shows the first page of hits, and a button for the next ones that moves focus to them. */
  function renderHits(hits, firstBatch) {
    const list = element("ol", "search-results");
    list.append(...firstBatch.map(renderHit));
    output.replaceChildren(list);
    if (list.children.length >= hits.length) return;
    const more = element("button", "search-results__more");
    more.type = "button";
    const label = () => (more.textContent = TEXT.more(Math.min(PAGE_SIZE, hits.length - list.children.length)));
    label();
    let loading = false;
    more.addEventListener("click", async () => {
      if (loading) return;
      loading = true;
      const items = (await loadBatch(hits, list.children.length)).map(renderHit);
      list.append(...items);
      loading = false;
      if (list.children.length >= hits.length) more.remove();
      else label();
      items[0]?.querySelector("a")?.focus();
    });
    output.append(more);
  }

  function announce(count, query, type) {
    const label = type ? selectedFilterLabel() : "";
    status.textContent =
      (count === 0 ? TEXT.none : TEXT.results(count)) + TEXT.forQuery(query) + (label ? TEXT.inFilter(label) : "");
  }

  function selectedFilterLabel() {
    const radio = form.querySelector('input[name="type"]:checked');
    return radio?.labels?.[0]?.textContent.trim() ?? "";
  }

  // ——— State: the field, the filter and the address bar ———

  function currentType() {
    return form.querySelector('input[name="type"]:checked')?.value ?? "";
  }

  function searchUrl(query, type) {
    const params = new URLSearchParams();
    if (query) params.set("q", query);
    if (type) params.set("type", type);
    const search = params.toString();
    return `${location.pathname}${search ? `?${search}` : ""}`;
  }

  /** Fills the field and the filter from the address bar (page load, back and forward). */
  function restoreFromUrl() {
    const params = new URLSearchParams(location.search);
    field.value = params.get("q") ?? "";
    const type = params.get("type") ?? "";
    const radio = [...form.querySelectorAll('input[name="type"]')].find((input) => input.value === type);
    (radio ?? form.querySelector('input[name="type"][value=""]')).checked = true;
  }

  let latestSearch = 0;

  /** Runs the search for the field and filter as they are now, and shows it if still current. */
  async function update() {
    const search = ++latestSearch;
    const shownQuery = field.value.trim().replace(/\s+/g, " ");
    const type = currentType();
    document.title = shownQuery ? `${shownQuery} — ${baseTitle}` : baseTitle;
    errorMessage.textContent = "";
    if (!shownQuery) {
      status.textContent = "";
      output.replaceChildren();
      return;
    }
    output.setAttribute("aria-busy", "true");
    try {
      const hits = await searchSite(straighten(shownQuery), type);
      const firstBatch = await loadBatch(hits, 0);
      if (search !== latestSearch) return;
      if (hits.length === 0) renderNoResults();
      else renderHits(hits, firstBatch);
      announce(hits.length, shownQuery, type);
    } catch (error) {
      if (search !== latestSearch) return;
      console.warn("Recherche indisponible :", error);
      renderFailure();
      status.textContent = "";
      errorMessage.textContent = TEXT.failed;
    } finally {
      if (search === latestSearch) output.removeAttribute("aria-busy");
    }
  }

  /**
   * The address bar follows the field as the user types (replaceState), so the URL can be shared or
   * reloaded at any moment. A submitted search becomes its own history entry (pushState): before
   * pushing, the current entry gets back the URL it had, so Back returns to the previous search.
   */
  let entryUrl = "";

  function liveUrl() {
    return searchUrl(field.value.trim(), currentType());
  }

  let typingTimer;
  field.addEventListener("input", () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      history.replaceState(null, "", liveUrl());
      update();
    }, TYPING_DELAY_MS);
  });

  field.addEventListener("focus", () => loadPagefind().catch(() => {}), { once: true });

  filter.addEventListener("change", () => {
    history.replaceState(null, "", liveUrl());
    update();
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    const url = liveUrl();
    if (url !== entryUrl) {
      history.replaceState(null, "", entryUrl);
      history.pushState(null, "", url);
      entryUrl = url;
    }
    update();
  });

  window.addEventListener("popstate", () => {
    clearTimeout(typingTimer);
    restoreFromUrl();
    entryUrl = liveUrl();
    update();
  });

  restoreFromUrl();
  entryUrl = liveUrl();
  filter.hidden = false;
  document.querySelector("[data-search-fallback]").hidden = true;
  if (field.value.trim()) update();
})();
