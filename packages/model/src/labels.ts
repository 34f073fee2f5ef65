/** The languages Bunkai speaks, Japanese first (the default). */
export const LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A value's name in each language. */
export type Label = Readonly<Record<Language, string>>;

/** How a value stands out where it is shown: settled, waiting, needing attention, a problem. */
export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export type ToneLabel = Label & { readonly tone: Tone };

/** The names of a vocabulary's values in one language, as the i18n resources hold them. */
export function labelsIn<K extends string>(
  labels: Readonly<Record<K, Label>>,
  language: Language,
): Record<K, string> {
  return Object.fromEntries(
    Object.entries<Label>(labels).map(([value, label]) => [value, label[language]]),
  ) as Record<K, string>;
}

/** Narrows a value to one of a vocabulary (values sent by the server, search parameters). */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return (list as readonly unknown[]).includes(value);
}
