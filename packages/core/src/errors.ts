/** What the caller did wrong, in both languages; the API maps `code` to its HTTP status. */
export type DomainErrorCode =
  'BAD_REQUEST' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

export interface Bilingual {
  ja: string;
  en: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    /** Stable machine-readable reason, e.g. `invitation_expired`. */
    readonly reason: string,
    readonly messages: Bilingual,
    /** The input field at fault, when there is one. */
    readonly field?: string,
  ) {
    super(`${messages.ja} / ${messages.en}`);
    this.name = 'DomainError';
  }
}

/** Another tenant's id and a missing id look the same: never reveal which. */
export function notFound(what: Bilingual = { ja: '対象', en: 'Item' }): DomainError {
  return new DomainError('NOT_FOUND', 'not_found', {
    ja: `${what.ja}が見つかりません`,
    en: `${what.en} not found`,
  });
}
