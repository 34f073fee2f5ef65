import { getTableColumns, sql, type Column } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from './client';

/**
 * Inserts many rows with one statement per set of columns the rows set (one, when they all set the
 * same), each with one parameter: those rows as a JSON array, expanded by the database
 * (`jsonb_populate_recordset`). A multi-row VALUES list of a 1,200-row catalog is 25,000
 * parameters that drizzle and the driver build one by one on the event loop (~0.1 ms a row, while
 * every other request waits); this is one JSON.stringify. Values go as JSON has them (jsonb
 * columns as objects, arrays as arrays, dates as ISO strings, null as null); a column a row leaves
 * out (undefined) keeps its default in that row.
 */
export async function insertRows<T extends PgTable>(
  tx: Tx,
  table: T,
  rows: readonly T['$inferInsert'][],
): Promise<void> {
  // The database's names, as createDb's `snake_case` casing derives them from the keys.
  const columns = (Object.entries(getTableColumns(table)) as [string, Column][]).map(
    ([key, column]) => ({ key, name: column.keyAsName ? toSnakeCase(column.name) : column.name }),
  );
  const bySet = new Map<string, { used: typeof columns; records: Record<string, unknown>[] }>();
  for (const row of rows as readonly Record<string, unknown>[]) {
    const used = columns.filter(({ key }) => row[key] !== undefined);
    const set = used.map(({ key }) => key).join(',');
    const group = bySet.get(set) ?? { used, records: [] };
    group.records.push(row);
    bySet.set(set, group);
  }
  for (const { used, records } of bySet.values()) {
    const json = JSON.stringify(
      records.map((row) =>
        Object.fromEntries(used.map(({ key, name }): [string, unknown] => [name, row[key]])),
      ),
    );
    const list = sql.join(
      used.map(({ name }) => sql.identifier(name)),
      sql`, `,
    );
    await tx.execute(
      sql`insert into ${table} (${list}) select ${list} from jsonb_populate_recordset(null::${table}, ${json}::jsonb)`,
    );
  }
}
