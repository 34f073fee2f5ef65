export * from './organization';
export * from './identity';
export * from './tenancy';
export * from './audit';
export * from './catalogs';
export * from './matrix';
