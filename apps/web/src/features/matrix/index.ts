// The matrix feature's public face: what routes mount and validate.
export { CombinedSystemPage } from './documents/documents-combined';
export { MatrixPrintPage } from './documents/documents-print';
export { MatrixListPage } from './matrix-list-page';
export { MatrixPage } from './matrix-page';
export { validateMatrixSearch } from './state/search';
