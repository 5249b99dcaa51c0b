import { formatTemplate } from './template.js';
import type { Catalogs, Lang, MessageArgs, MessageRef } from './types.js';
import { DEFAULT_LANG, LANGUAGES } from './types.js';

// A value that is exactly a calendar date is shown as Russian documents write dates: 12.07.2024.
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Raised when a message id has no template; a missing translation is a bug, never shown as a raw key. */
export class MissingMessageError extends Error {
  constructor(
    readonly messageId: string,
    readonly lang: Lang,
  ) {
    super(`No "${lang}" template for message "${messageId}"`);
    this.name = 'MissingMessageError';
  }
}

/** Renders message ids with named values in one language, from the catalogues of all packages. */
export class Localizer {
  private readonly templates = new Map<string, string>();

  constructor(
    readonly lang: Lang,
    catalogs: readonly Catalogs[],
  ) {
    for (const catalog of catalogs) {
      for (const [id, template] of Object.entries(catalog[lang])) this.templates.set(id, template);
    }
  }

  has(messageId: string): boolean {
    return this.templates.has(messageId);
  }

  format(messageId: string, args: MessageArgs = {}): string {
    const template = this.templates.get(messageId);
    if (template === undefined) throw new MissingMessageError(messageId, this.lang);
    return formatTemplate(template, args, this.lang, (value) => this.display(value));
  }

  /** Formats a number the way readers of the language expect (comma decimals in Russian). */
  number(value: number, maximumFractionDigits = 2): string {
    return new Intl.NumberFormat(this.lang, { maximumFractionDigits }).format(value);
  }

  private display(value: unknown): string {
    if (value === null || value === undefined) return '—';
    if (typeof value === 'number') return this.number(value, 4);
    if (typeof value === 'object' && 'messageId' in (value as object)) {
      const ref = value as MessageRef;
      return this.format(ref.messageId, ref.args ?? {});
    }
    if (typeof value === 'string' && this.lang === 'ru' && ISO_DATE.test(value)) return `${value.slice(8, 10)}.${value.slice(5, 7)}.${value.slice(0, 4)}`;
    return String(value);
  }
}

/** Picks the language: an explicit choice, else `TSMP_LANG`, else Russian. */
export function resolveLang(explicit?: string, env: NodeJS.ProcessEnv = process.env): Lang {
  const candidate = (explicit ?? env['TSMP_LANG'] ?? DEFAULT_LANG).toLowerCase();
  return (LANGUAGES as readonly string[]).includes(candidate) ? (candidate as Lang) : DEFAULT_LANG;
}

export function isLang(value: string): value is Lang {
  return (LANGUAGES as readonly string[]).includes(value);
}
