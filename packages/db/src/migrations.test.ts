import { sql } from 'drizzle-orm';
import { isPgEnum, type PgEnum } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from './query';
import { APP_ROLE, runAs } from './context';
import { createTestDb, testDatabaseModes, type TestDatabase } from './testing';
import * as schema from './schema/index';
import { organization } from './schema/index';

describe.each(testDatabaseModes())('migrations on %s', (mode) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDb(mode);
  });
  afterAll(() => database.close());

  it('applies every migration and records it', async () => {
    const [row] = await selectRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    expect(row?.n).toBeGreaterThan(1);
  });

  it('is idempotent: migrating again changes nothing', async () => {
    await expect(database.migrate()).resolves.toBeUndefined();
  });

  it('has every enum of the schema with exactly its values, so a new value needs a migration', async () => {
    const declared = Object.fromEntries(
      Object.values<unknown>(schema)
        .filter((value): value is PgEnum<[string, ...string[]]> => isPgEnum(value))
        .map((e) => [e.enumName, [...e.enumValues]]),
    );
    const rows = await selectRows<{ name: string; labels: string[] }>(
      database.db,
      sql`select t.typname as name, array_agg(e.enumlabel order by e.enumsortorder) as labels
          from pg_type t join pg_enum e on e.enumtypid = t.oid
          join pg_namespace n on n.oid = t.typnamespace
          where n.nspname = 'public' group by t.typname`,
    );
    expect(Object.fromEntries(rows.map((r) => [r.name, r.labels]))).toEqual(declared);
  });

  it('creates an application role that cannot bypass RLS', async () => {
    const roles = await selectRows<{ rolsuper: boolean; rolbypassrls: boolean }>(
      database.db,
      sql`select rolsuper, rolbypassrls from pg_roles where rolname = ${APP_ROLE}`,
    );
    expect(roles).toEqual([{ rolsuper: false, rolbypassrls: false }]);
  });

  it('hides organizations from a caller without context and refuses inserts', async () => {
    await database.db.insert(organization).values({ kind: 'hospital', name: '市立病院' });
    const seen = await runAs(database.db, { kind: 'anonymous' }, ({ tx }) =>
      tx.select().from(organization),
    );
    expect(seen).toEqual([]);
    const refused: unknown = await runAs(database.db, { kind: 'anonymous' }, ({ tx }) =>
      tx.insert(organization).values({ kind: 'vendor', name: 'ベンダー' }),
    ).catch((error: unknown) => error);
    // Drizzle wraps the driver's error; the server's reason is the cause.
    expect(String((refused as Error).cause)).toMatch(/row-level security/);
  });
});
