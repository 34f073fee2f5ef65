export * from './model';
export type { ImportIssue, ImportResult } from '../catalog/issues';
export * from './columns';
export { confirmedOn, evidenceText, matrixRowCells, type MatrixCells } from './cells';
export { renderMatrixCsv } from './csv';
export {
  MATRIX_HEADER_ROW,
  SUMMARY_HEADERS,
  SUMMARY_HEADER_ROW,
  matrixSheetNames,
  renderMatrixXlsx,
} from './xlsx';
export { HEADER_SEARCH_ROWS, parseMatrixFile } from './parse';
export {
  EmptyMatrixSspError,
  deterministicUuid,
  renderMatrixSsp,
  validateOscalSsp,
  type MatrixSspOptions,
  type OscalByComponent,
  type OscalImplementedRequirement,
  type OscalSsp,
  type OscalSspDocument,
  type SspCatalogFile,
} from './ssp';
