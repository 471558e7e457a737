import type { ResolvedHelpService } from "../content/resolved-content.ts";
import { frenchTypography } from "../text/french-typography.ts";
import { helpSituations, type HelpSituation } from "../models/help-service.ts";
import { ui } from "../site/ui-strings.ts";
import { urls } from "../site/urls.ts";
import { formatFrenchDate } from "../text/format-date.ts";
import { formatFrenchPhoneNumber, frenchPhoneDigits, phoneHref } from "../text/phone-number.ts";
import { frenchCollator, pageLink } from "./page-link.ts";
import type { ContactLinkView, HelpServiceView, HelpSituationView } from "./views.ts";

/** « 17cyber.gouv.fr »: the address as readers would type it, without the « www. » they need not type. */
export function displayHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/**
 * Each way to reach the service as a link that says what it does and to whom (« Appeler le
 * 116 006 », « Pharos en ligne (internet-signalement.gouv.fr) »), so a list of links read out of
 * context is never a row of identical « Site web ».
 */
export function contactLinks(name: string, contact: ResolvedHelpService["contact"]): ContactLinkView[] {
  const links: ContactLinkView[] = [];
  const number = (value: string): string => {
    const digits = frenchPhoneDigits(value);
    if (digits === undefined) throw new Error(`Numéro de téléphone non validé : ${value}`);
    return digits;
  };
  if (contact.phone !== undefined) {
    const digits = number(contact.phone);
    links.push({ kind: "phone", href: phoneHref("tel", digits), label: fill(ui.help.call, { number: formatFrenchPhoneNumber(digits) }) });
  }
  if (contact.sms !== undefined) {
    const digits = number(contact.sms);
    links.push({ kind: "sms", href: phoneHref("sms", digits), label: fill(ui.help.sms, { number: formatFrenchPhoneNumber(digits) }) });
  }
  if (contact.web !== undefined) {
    const host = displayHost(contact.web);
    // « Cybermalveillance.gouv.fr en ligne », not « … (cybermalveillance.gouv.fr) » again.
    const template = name.toLowerCase().includes(host) ? ui.help.webNamedByHost : ui.help.web;
    links.push({ kind: "web", href: contact.web, label: fill(template, { name, host }) });
  }
  return links;
}

/** Sources named by their site; a second page of the same site gets a number, so no two links read alike. */
export function sourceLinks(sources: readonly string[]): { url: string; label: string }[] {
  const seen = new Map<string, number>();
  return sources.map((url) => {
    const host = displayHost(url);
    const count = (seen.get(host) ?? 0) + 1;
    seen.set(host, count);
    return { url, label: count === 1 ? host : `${host} (${count})` };
  });
}

const situationOrder = (id: HelpSituation): number => helpSituations[id].order;

/**
 * Service views ordered as the help page first shows them: by their first situation, then by name.
 * Relations to risks and terms are added by the risks and terms that cite them.
 */
export function buildHelpServiceViews(services: readonly ResolvedHelpService[]): Map<ResolvedHelpService, HelpServiceView> {
  const firstOrder = (service: ResolvedHelpService) => Math.min(...service.situations.map(situationOrder));
  const sorted = [...services].sort((a, b) => firstOrder(a) - firstOrder(b) || frenchCollator.compare(a.name, b.name));
  return new Map(
    sorted.map((service): [ResolvedHelpService, HelpServiceView] => {
      const link = pageLink(urls.helpService(service.id), service.name);
      const situations = [...new Set(service.situations)].sort((a, b) => situationOrder(a) - situationOrder(b));
      return [
        service,
        {
          ...link,
          id: service.id,
          anchor: service.id,
          purpose: frenchTypography(service.purpose),
          notFor: service.notFor === undefined ? undefined : frenchTypography(service.notFor),
          audience: frenchTypography(service.audience),
          situations: situations.map((id) => ({ id, label: helpSituations[id].label })),
          contacts: contactLinks(link.title, service.contact),
          cost: service.cost === undefined ? undefined : frenchTypography(service.cost),
          hours: service.hours === undefined ? undefined : frenchTypography(service.hours),
          checked: service.checked,
          checkedLabel: formatFrenchDate(service.checked),
          sources: sourceLinks(service.sources),
          risks: [],
          terms: [],
        },
      ];
    }),
  );
}

/**
 * The help page's sections: every situation that has a service, in the fixed order, each service by
 * name. A service listed under several situations is shown in full only under the first, so its
 * anchor is unique and every link to it lands on the full entry; later sections point back to it.
 */
export function groupBySituation(services: readonly HelpServiceView[]): HelpSituationView[] {
  const shown = new Set<HelpServiceView>();
  const ids = (Object.keys(helpSituations) as HelpSituation[]).sort((a, b) => situationOrder(a) - situationOrder(b));
  return ids.flatMap((id) => {
    const members = services
      .filter((service) => service.situations.some((situation) => situation.id === id))
      .sort((a, b) => frenchCollator.compare(a.title, b.title));
    if (members.length === 0) return [];
    const shownAbove = members.filter((service) => shown.has(service));
    const fresh = members.filter((service) => !shown.has(service));
    for (const service of fresh) shown.add(service);
    return [{ id, anchor: `situation-${id}`, label: helpSituations[id].label, services: fresh, shownAbove }];
  });
}
