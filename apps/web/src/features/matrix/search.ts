import { stringParam } from '../../lib/redirect';

/** `?row=<rowId>` opens that row's panel (mention e-mails link there). */
export interface MatrixSearch {
  row?: string;
}

/** The route's own module, so the route tree does not pull the matrix page into the first load. */
export function validateMatrixSearch(search: Record<string, unknown>): MatrixSearch {
  return { row: stringParam(search.row) };
}
