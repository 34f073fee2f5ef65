export * from './client';
export * from './bulk';
export * as schema from './schema/index';
export { sql, eq, and, or, desc, asc, inArray, isNull, lt, lte, gt } from 'drizzle-orm';
export { alias } from 'drizzle-orm/pg-core';
export * from './context';
export * from './principal';
export * from './audit';
export * from './roles';
