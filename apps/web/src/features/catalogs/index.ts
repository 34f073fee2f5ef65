// The catalogs feature's public face: what routes mount and validate.
export { CatalogsPage } from './catalogs-page';
export { DiffPage } from './diff/diff-page';
export { ImportPage } from './import/import-page';
export { validateDiffSearch, validateVersionSearch } from './search';
export { VersionPage } from './version/version-page';
