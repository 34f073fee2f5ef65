export * from './model';
export * from './matrices';
export * from './rows';
export * from './activity';
export * from './evidence';
export * from './snapshots';
export * from './combined';
export * from './files';
