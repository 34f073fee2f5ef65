export * from './client';
export * as schema from './schema/index';
export { sql, eq, and, or, desc, asc, inArray, isNull } from 'drizzle-orm';
export * from './context';
