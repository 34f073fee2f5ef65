export * from './columns';
export {
  docToRows,
  rowsToDoc,
  type CatalogMeta,
  type CatalogRow,
  type RowsToDocOptions,
} from './rows';
export * from './csv';
export * from './xlsx';
export * from './json';
export * from './oscal';
