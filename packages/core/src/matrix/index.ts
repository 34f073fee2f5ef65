export * from './model';
export * from './matrices';
export * from './rows';
export * from './activity';
export * from './evidence';
export { SnapshotContent, SnapshotRow, contentHash, currentContentHashes } from './content';
export * from './snapshots';
export * from './combined';
export * from './files';
