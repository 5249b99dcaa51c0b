import { Localizer } from '@tsmp/core';
import type { Lang } from '@tsmp/core';
import type { LegalRef } from '@tsmp/schema';
import { EXPORT_CATALOGS } from '../messages.js';
import type { ExportSources } from './sources.js';

/** Creates the localizer of document labels in one language. */
export function labels(lang: Lang): Localizer {
  return new Localizer(lang, EXPORT_CATALOGS);
}

/** Writes an ISO date the way documents of the language do: «3 декабря 2024 г.». */
export function formatDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  // No-break spaces tie the day to the month and the year to «г.»; a line may still break
  // between month and year, which narrow table cells need.
  const text = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  return text.replace(/^(\d+) /u, '$1\u00A0').replace(/ г\.$/u, '\u00A0г.');
}

/** Date, number and issuer of the order that approved a document, with blanks where the model has none. */
export interface OrderDetails {
  authority: string;
  date: string;
  number: string;
}

export function orderDetails(approvedBy: LegalRef | undefined, sources: ExportSources, t: Localizer): OrderDetails {
  const act = approvedBy ? sources.legalActs.get(approvedBy.act) : undefined;
  const issuer = act?.issuer ?? '';
  const authority = issuer === '' || /минтруд/i.test(issuer) ? t.format('export.authority.mintrud') : issuer;
  return {
    authority,
    date: act ? formatDate(act.date, t.lang) : t.format('export.date.blank'),
    number: act?.number ?? t.format('export.number.blank'),
  };
}

/** Joins list items with commas, the way a sentence lists them. */
export function joinList(items: readonly string[]): string {
  return items.join(', ');
}
