/**
 * Bounds the API enforces and the web app applies first, so a user is stopped before sending what
 * the server would refuse.
 */

/** Calls per HTTP request: the server refuses larger batches, the web client batches no more. */
export const MAX_BATCH_SIZE = 10;

/** Uploads travel as base64 inside JSON (mutations must be JSON, ADR-009), 10 MB at most. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Rows one bulk action may change. */
export const MAX_ROWS_AT_ONCE = 5000;

/** A row's duties (医療機関の対応, 事業者の対応) and a comment, in characters. */
export const MAX_DUTY_LENGTH = 4000;
export const MAX_COMMENT_LENGTH = 4000;

/** Evidence: its title and its reference (a clause number, a URL, a disclosure question). */
export const MAX_EVIDENCE_TITLE_LENGTH = 300;
export const MAX_EVIDENCE_REFERENCE_LENGTH = 1000;

/** A search over a catalog version's requirements. */
export const MAX_SEARCH_LENGTH = 100;
