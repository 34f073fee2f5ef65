import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from './client';
import { APP_ROLE, runAs } from './context';
import { createTestDb, testDatabaseModes, type TestDatabase } from './testing';

/**
 * Global identity tables, read before any tenant is known (ADR-006). Every other table in
 * `public` is a tenant table and must force row-level security.
 */
const IDENTITY_TABLES = [
  'app_user',
  'user_session',
  'totp_enrolment',
  'recovery_code',
  'password_reset',
  'sign_up_request',
  'sign_in_failure',
];

describe.each(testDatabaseModes())('row-level security on %s', (mode) => {
  let database: TestDatabase;
  let tenantTables: string[];

  beforeAll(async () => {
    database = await createTestDb(mode);
    // Some rows in every tenant table, written as the owner.
    await database.db.execute(sql`
      with h as (insert into organization (kind, name, size_class) values ('hospital', 'H', 'clinic') returning id),
           v as (insert into organization (kind, name) values ('vendor', 'V') returning id),
           u as (insert into app_user (email, display_name, password_hash) values ('u@x.test', 'U', 'x') returning id),
           m as (insert into membership (organization_id, user_id, role) select h.id, u.id, 'owner' from h, u),
           s as (insert into medical_system (organization_id, name, category, service_type) select id, 'EHR', 'ehr', 'cloud' from h returning id),
           w as (insert into workspace (hospital_organization_id, vendor_organization_id) select h.id, v.id from h, v returning id),
           ws as (insert into workspace_system (workspace_id, system_id) select w.id, s.id from w, s),
           i as (insert into invitation (organization_id, kind, email, token_hash, invited_by, expires_at, last_sent_at)
                 select h.id, 'vendor', 'v@x.test', 'hash', u.id, now(), now() from h, u),
           c as (insert into catalog (organization_id, code, title_ja, title_en) select id, 'rules', '規程', 'Rules' from h returning id, organization_id),
           cv as (insert into catalog_version (organization_id, catalog_id, label, status, content_hash) select organization_id, id, '1', 'published', 'x' from c returning id, organization_id),
           rq as (insert into requirement (organization_id, catalog_version_id, code, position, sibling_order, title_ja, title_en, text_ja, text_en, audience, facility_sizes, checklist_refs, unconfirmed)
                  select organization_id, id, 'R-1', 0, 0, '規程1', 'Rule 1', '', '', '{}', '{}', '{}', false from cv returning id),
           cw as (insert into crosswalk (organization_id, from_version_id, to_version_id, content_hash) select organization_id, id, id, 'x' from cv returning id, organization_id),
           ce as (insert into crosswalk_entry (organization_id, crosswalk_id, from_code, to_code, relation) select organization_id, id, 'R-1', 'R-1', 'equal' from cw),
           mx as (insert into matrix (workspace_id, system_id, catalog_version_id) select w.id, s.id, cv.id from w, s, cv returning id, workspace_id),
           mr as (insert into matrix_row (workspace_id, matrix_id, requirement_id, requirement_code, position)
                  select mx.workspace_id, mx.id, rq.id, 'R-1', 0 from mx, rq returning id, workspace_id),
           ef as (insert into evidence_file (workspace_id, file_name, media_type, size_bytes, sha256, content) select workspace_id, 'a.pdf', 'application/pdf', 1, 'x', '\\x25'::bytea from mx returning id, workspace_id),
           me as (insert into matrix_row_evidence (workspace_id, row_id, kind, title, file_id) select mr.workspace_id, mr.id, 'document', '契約書', ef.id from mr, ef),
           mv as (insert into matrix_row_event (workspace_id, row_id, actor_side, action, changes, occurred_at) select workspace_id, id, 'hospital', 'updated', '{}', now() from mr),
           mc as (insert into matrix_comment (workspace_id, row_id, author_side, body, created_at) select workspace_id, id, 'vendor', 'コメント', now() from mr),
           ms as (insert into matrix_snapshot (workspace_id, matrix_id, content, content_hash, row_count, created_at) select workspace_id, id, '{}', 'x', 1, now() from mx)
      insert into audit_event (organization_id, seq, action, target_type, occurred_at, prev_hash, hash)
        select id, 1, 'seed', 'organization', now(), '0', '0' from h`);
    const tables = await selectRows<{ relname: string }>(
      database.db,
      sql`select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind = 'r' order by 1`,
    );
    tenantTables = tables.map((t) => t.relname).filter((t) => !IDENTITY_TABLES.includes(t));
  });
  afterAll(() => database.close());

  it('classifies every table, and every tenant table forces RLS', async () => {
    expect(tenantTables.length).toBeGreaterThanOrEqual(19);
    // Each holds rows (as the owner sees them), so seeing none below means RLS hid them.
    for (const table of tenantTables) {
      const [count] = await selectRows<{ n: number }>(
        database.db,
        sql.raw(`select count(*)::int as n from ${table}`),
      );
      expect(count?.n, table).toBeGreaterThan(0);
    }
    const rows = await selectRows<{ relname: string; enabled: boolean; forced: boolean }>(
      database.db,
      sql`select relname, relrowsecurity as enabled, relforcerowsecurity as forced from pg_class
          where relname in ${sql.raw(`(${tenantTables.map((t) => `'${t}'`).join(',')})`)}`,
    );
    for (const row of rows) expect(row, row.relname).toMatchObject({ enabled: true, forced: true });
  });

  it('runs requests as a role that is neither superuser nor BYPASSRLS', async () => {
    const [role] = await runAs(database.db, { kind: 'anonymous' }, ({ tx }) =>
      selectRows<{ user: string; rolsuper: boolean; rolbypassrls: boolean }>(
        tx,
        sql`select current_user as user, rolsuper, rolbypassrls from pg_roles where rolname = current_user`,
      ),
    );
    expect(role).toEqual({ user: APP_ROLE, rolsuper: false, rolbypassrls: false });
  });

  it('shows no tenant rows without a context and refuses inserts', async () => {
    for (const table of tenantTables) {
      const [count] = await runAs(database.db, { kind: 'anonymous' }, ({ tx }) =>
        selectRows<{ n: number }>(tx, sql.raw(`select count(*)::int as n from ${table}`)),
      );
      expect(count?.n, table).toBe(0);
      const refused = await runAs(database.db, { kind: 'anonymous' }, ({ tx }) =>
        tx.execute(sql.raw(`insert into ${table} default values`)),
      ).catch((error: unknown) => String((error as Error).cause));
      // Refused by a policy, a privilege or a NOT NULL column: never written.
      expect(refused, table).toMatch(/row-level security|permission denied|null value/);
    }
  });

  it('shows a workspace’s matrix to both parties and to nobody else', async () => {
    const orgs = await selectRows<{ id: string; kind: string }>(
      database.db,
      sql`select id, kind from organization order by kind`,
    );
    const [outsider] = await selectRows<{ id: string }>(
      database.db,
      sql`insert into organization (kind, name) values ('vendor', 'Other') returning id`,
    );
    const seen = async (orgId: string | undefined) => {
      const rows = await runAs(
        database.db,
        { kind: 'job', name: 'rls-test', organizationId: orgId },
        ({ tx }) =>
          selectRows<{ n: number }>(
            tx,
            sql`select (select count(*) from matrix) + (select count(*) from matrix_row)
                   + (select count(*) from evidence_file) + (select count(*) from matrix_comment)
                   + (select count(*) from matrix_snapshot) as n`,
          ),
      );
      return Number(rows[0]?.n);
    };
    expect(await seen(orgs.find((o) => o.kind === 'hospital')?.id)).toBe(5);
    expect(await seen(orgs.find((o) => o.kind === 'vendor')?.id)).toBe(5);
    expect(await seen(outsider?.id)).toBe(0);
  });

  it('refuses writing into another organization while acting for one', async () => {
    const orgs = await selectRows<{ id: string; kind: string }>(
      database.db,
      sql`select id, kind from organization order by kind`,
    );
    const hospital = orgs.find((o) => o.kind === 'hospital')?.id;
    const vendor = orgs.find((o) => o.kind === 'vendor')?.id;
    const refused = await runAs(
      database.db,
      { kind: 'job', name: 'rls-test', organizationId: vendor },
      ({ tx }) =>
        tx.execute(
          sql`insert into medical_system (organization_id, name, category, service_type)
            values (${hospital}, 'X', 'ehr', 'cloud')`,
        ),
    ).catch((error: unknown) => String((error as Error).cause));
    expect(refused).toMatch(/row-level security/);
  });
});
