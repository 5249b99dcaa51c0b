/** Languages every user-facing text exists in; Russian is the default. */
export const LANGUAGES = ['ru', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = 'ru';

/**
 * A value put into a message template. A `{ messageId }` value is itself
 * translated, so a unit or a kind name follows the output language.
 */
export type MessageArg = string | number | boolean | null | MessageRef;
export interface MessageRef {
  messageId: string;
  args?: Record<string, MessageArg>;
}
export type MessageArgs = Record<string, MessageArg>;

/** Templates of one language, keyed by message id. */
export type Catalog = Readonly<Record<string, string>>;
/** The same message ids in every language. */
export type Catalogs = Readonly<Record<Lang, Catalog>>;
