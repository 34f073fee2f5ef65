/**
 * A namespace's English file has every key of its Japanese file and no other (`Messages<typeof
 * ja>`, checked by type). English plurals use i18next's suffixes: a key whose Japanese text has
 * `{{count}}` is given in en as `key_one` and `key_other` (picked by `t('key', { count })`);
 * Japanese keeps the bare key.
 */
type PluralKeys<K, V> = V extends `${string}{{count}}${string}`
  ? `${K & string}_${'one' | 'other'}`
  : K;
export type Messages<T> = {
  [K in keyof T as PluralKeys<K, T[K]>]: T[K] extends string ? string : Messages<T[K]>;
};
