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
export * from './json-scan';
export * from './limits';
export * from './oscal';
export * from './oscal-params';
export { treeLevels } from './validate';
