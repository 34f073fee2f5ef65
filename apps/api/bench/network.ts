// `pnpm bench`: builds a network-scale data set, then times API calls (session check, RLS
// transaction, validation, serialisation) against the raw SQL they run, and prints the ratio;
// then a large OSCAL catalog import over HTTP (catalog-import.ts).
// Uses a throwaway database on TEST_POSTGRES_URL when set, else in-memory PGlite.
import { performance } from 'node:perf_hooks';
import { createSession, DEFAULT_SESSION_POLICY } from '@bunkai/auth';
import { createTestServices, TestClient, type Caller } from '@bunkai/api/testing';
import { syncBundledCatalogs } from '@bunkai/core';
import { runAs, selectRows, sql, type Db } from '@bunkai/db';
import { createTestDb } from '@bunkai/db/testing';
import type { WorkspaceSide } from '@bunkai/model';
import { startMailSink } from '@bunkai/mail/sink';
import { benchCatalogImport } from './catalog-import';

const SCALE = {
  hospitals: Number(process.env.BENCH_HOSPITALS ?? 300),
  vendors: Number(process.env.BENCH_VENDORS ?? 120),
  systemsPerHospital: 8,
  vendorsPerHospital: 6,
  membersPerOrganization: 4,
  auditEventsPerOrganization: 40,
};
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
/** Requirements of the synthetic catalog behind the one large matrix. */
const LARGE_MATRIX_ROWS = Number(process.env.BENCH_MATRIX_ROWS ?? 2000);

/**
 * A 6.0 matrix for every workspace system but `spare` (kept free for a large matrix made through
 * the API), with owners and statuses spread over the values, and a synthetic published catalog.
 */
async function generateMatrices(
  db: Db,
  v60: string,
  spare: { workspace_id: string; system_id: string },
) {
  await db.execute(sql`
    insert into matrix (workspace_id, system_id, catalog_version_id)
      select workspace_id, system_id, ${v60} from workspace_system
      where (workspace_id, system_id) <> (${spare.workspace_id}::uuid, ${spare.system_id}::uuid)`);
  await db.execute(sql`
    insert into matrix_row (workspace_id, matrix_id, requirement_id, requirement_code, position,
                            owner_side, phase, status, hospital_duty, vendor_duty)
      select m.workspace_id, m.id, r.id, r.code, r.position,
             (enum_range(null::matrix_owner_side))[1 + abs(hashtext(m.id::text || r.code)) % cardinality(enum_range(null::matrix_owner_side))],
             r.phase,
             (enum_range(null::matrix_row_status))[1 + abs(hashtext(r.code || m.id::text)) % cardinality(enum_range(null::matrix_row_status))],
             '院内手順を整備する', '保守手順を提供する'
      from matrix m join requirement r on r.catalog_version_id = m.catalog_version_id
      where r.default_owner is not null or r.level is not null`);
  await db.execute(sql`
    insert into catalog (code, title_ja, title_en) values ('bench-large', 'ベンチ用大規模カタログ', 'Bench catalog')`);
  await db.execute(sql`
    insert into catalog_version (catalog_id, label, status, content_hash)
      select id, '1.0', 'published', 'bench' from catalog where code = 'bench-large'`);
  await db.execute(sql`
    insert into requirement (catalog_version_id, code, position, sibling_order, title_ja, title_en,
                             text_ja, text_en, audience, level, facility_sizes, default_owner,
                             checklist_refs, unconfirmed)
      select v.id, 'BENCH-' || lpad(i::text, 5, '0'), i, i, '要求事項 ' || i, 'Requirement ' || i,
             '医療情報システムの安全管理に関する要求事項の本文 ' || i, 'Requirement text ' || i,
             array['admin']::requirement_audience[], '遵守事項', '{}',
             (array['hospital','vendor','shared'])[1 + i % 3]::owner_side, '{}', false
      from catalog_version v join catalog c on c.id = v.catalog_id, generate_series(1, ${LARGE_MATRIX_ROWS}) i
      where c.code = 'bench-large'`);
  await db.execute(sql`analyze`);
}

async function generate(db: Db): Promise<void> {
  const s = SCALE;
  await db.execute(sql`
    insert into organization (kind, name, size_class)
      select 'hospital', 'ベンチ病院' || lpad(i::text, 4, '0'), 'medium_hospital' from generate_series(1, ${s.hospitals}) i`);
  await db.execute(sql`
    insert into organization (kind, name)
      select 'vendor', 'ベンチ事業者' || lpad(i::text, 4, '0') from generate_series(1, ${s.vendors}) i`);
  await db.execute(sql`
    insert into app_user (email, display_name, password_hash)
      select o.id || '.' || m || '@bench.test', o.name || ' ' || m, 'x'
      from organization o, generate_series(1, ${s.membersPerOrganization}) m`);
  await db.execute(sql`
    insert into membership (organization_id, user_id, role)
      select o.id, u.id, (array['owner','admin','member','viewer'])[split_part(split_part(u.email, '.', 2), '@', 1)::int]::membership_role
      from organization o join app_user u on u.email like o.id || '.%'`);
  await db.execute(sql`
    insert into medical_system (organization_id, name, category, service_type)
      select o.id, 'システム' || i, (array['ehr','pacs','departmental','accounting','network','medical_device','other'])[1 + i % 7]::system_category, 'cloud'
      from organization o, generate_series(1, ${s.systemsPerHospital}) i where o.kind = 'hospital'`);
  await db.execute(sql`
    insert into workspace (hospital_organization_id, vendor_organization_id)
      select h.id, v.id from
        (select id, row_number() over (order by name) as n from organization where kind = 'hospital') h,
        (select id, row_number() over (order by name) as n from organization where kind = 'vendor') v
      where (v.n - h.n) % ${Math.floor(s.vendors / s.vendorsPerHospital)} = 0`);
  await db.execute(sql`
    insert into workspace_system (workspace_id, system_id)
      select w.id, s.id from workspace w join medical_system s on s.organization_id = w.hospital_organization_id
      where abs(hashtext(w.id::text || s.id::text)) % 3 = 0`);
  await db.execute(sql`
    insert into audit_event (organization_id, seq, action, target_type, occurred_at, prev_hash, hash)
      select o.id, i, 'bench.event', 'system', now() - (i || ' minutes')::interval, md5(i::text), md5(o.id::text || i)
      from organization o, generate_series(1, ${s.auditEventsPerOrganization}) i`);
  await db.execute(sql`analyze`);
}

interface Timing {
  median: number;
  p95: number;
}

async function time(fn: () => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < 20; i += 1) await fn();
  const samples: number[] = [];
  for (let i = 0; i < ITERATIONS; i += 1) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return {
    median: samples[Math.floor(samples.length / 2)] ?? 0,
    p95: samples[Math.floor(samples.length * 0.95)] ?? 0,
  };
}

async function signedInAs(
  services: ReturnType<typeof createTestServices>,
  db: Db,
  kind: WorkspaceSide,
): Promise<{ client: TestClient; organizationId: string }> {
  // The busiest organization of its kind: the one in the most workspaces.
  const [row] = await selectRows<{ user_id: string; organization_id: string }>(
    db,
    sql`select m.user_id, m.organization_id from membership m
        join organization o on o.id = m.organization_id and o.kind = ${kind}
        where m.role = 'admin'
        order by (select count(*) from workspace w where m.organization_id in (w.hospital_organization_id, w.vendor_organization_id)) desc
        limit 1`,
  );
  if (!row) throw new Error(`no ${kind} admin`);
  await db.execute(
    sql`update organization set require_mfa_for_admins = false where id = ${row.organization_id}`,
  );
  const { token } = await runAs(db, { kind: 'job', name: 'bench' }, ({ tx }) =>
    createSession(
      tx,
      {
        userId: row.user_id,
        activeOrganizationId: row.organization_id,
        mfaVerified: true,
        ipAddress: null,
        userAgent: 'bench',
      },
      DEFAULT_SESSION_POLICY,
      services.now(),
    ),
  );
  const client = new TestClient(services);
  client.sessionToken = token;
  return { client, organizationId: row.organization_id };
}

const rawWorkspaces = (db: Db, orgId: string) =>
  selectRows<{ id: string }>(
    db,
    sql`select w.id, w.created_at, h.id as hospital_id, h.name as hospital_name, v.id as vendor_id, v.name as vendor_name
        from workspace w join organization h on h.id = w.hospital_organization_id
        join organization v on v.id = w.vendor_organization_id
        where w.hospital_organization_id = ${orgId} or w.vendor_organization_id = ${orgId}
        order by h.name, v.name`,
  ).then((rows) =>
    selectRows(
      db,
      sql`select ws.workspace_id, s.id, s.name, s.category, s.service_type from workspace_system ws
          join medical_system s on s.id = ws.system_id
          where ws.workspace_id = any(${`{${rows.map((r) => r.id).join(',')}}`}::uuid[]) order by s.name`,
    ),
  );

async function main(): Promise<void> {
  const mode = process.env.TEST_POSTGRES_URL ? 'postgres' : 'pglite';
  const [database, sink] = await Promise.all([createTestDb(mode), startMailSink()]);
  const services = createTestServices(database, sink);
  try {
    const started = performance.now();
    await generate(database.db);
    const [counts] = await selectRows<Record<string, number>>(
      database.db,
      sql`select (select count(*)::int from organization) as organizations,
                 (select count(*)::int from app_user) as users,
                 (select count(*)::int from medical_system) as systems,
                 (select count(*)::int from workspace) as workspaces,
                 (select count(*)::int from workspace_system) as workspace_systems,
                 (select count(*)::int from audit_event) as audit_events`,
    );
    console.log(`Data set on ${mode} (${Math.round(performance.now() - started)} ms):`, counts);
    await syncBundledCatalogs(database.db);
    const [v60] = await selectRows<{ id: string }>(
      database.db,
      sql`select v.id from catalog_version v join catalog c on c.id = v.catalog_id
          where c.code = 'mhlw-gl' and v.label = '6.0'`,
    );
    const [v52] = await selectRows<{ id: string }>(
      database.db,
      sql`select v.id from catalog_version v join catalog c on c.id = v.catalog_id
          where c.code = 'mhlw-gl' and v.label = '5.2'`,
    );
    if (!v60 || !v52) throw new Error('bundled MHLW GL 5.2 and 6.0 missing');
    const hospital = await signedInAs(services, database.db, 'hospital');
    const vendor = await signedInAs(services, database.db, 'vendor');
    const [spare] = await selectRows<{ workspace_id: string; system_id: string }>(
      database.db,
      sql`select ws.workspace_id, ws.system_id from workspace_system ws
          join workspace w on w.id = ws.workspace_id
          where w.hospital_organization_id = ${hospital.organizationId}
          order by ws.workspace_id, ws.system_id limit 1`,
    );
    if (!spare) throw new Error('no workspace system for the large matrix');
    await generateMatrices(database.db, v60.id, spare);
    const [large] = await selectRows<{ id: string }>(
      database.db,
      sql`select v.id from catalog_version v join catalog c on c.id = v.catalog_id where c.code = 'bench-large'`,
    );
    const workspaceId = spare.workspace_id;
    const { matrixId } = await hospital.client.call((api) =>
      api.matrix.create({
        workspaceId,
        systemId: spare.system_id,
        catalogVersionId: large?.id ?? '',
      }),
    );
    const [matrixCounts] = await selectRows<Record<string, number>>(
      database.db,
      sql`select (select count(*)::int from matrix) as matrices,
                 (select count(*)::int from matrix_row) as matrix_rows`,
    );
    console.log('Matrices:', matrixCounts);
    const [busySystem] = await selectRows<{ system_id: string }>(
      database.db,
      sql`select m.system_id from matrix m join medical_system s on s.id = m.system_id
          where s.organization_id = ${hospital.organizationId}
          group by m.system_id order by count(*) desc limit 1`,
    );
    let editedRow = (
      await hospital.client.call((api) => api.matrix.rows({ workspaceId, matrixId }))
    )[0];
    const call =
      <T>(client: TestClient, fn: (api: Caller) => Promise<T>) =>
      () =>
        client.call(fn);
    const cases: [string, () => Promise<unknown>, () => Promise<unknown>][] = [
      [
        'workspaces.list (vendor)',
        call(vendor.client, (api) => api.workspaces.list()),
        () => rawWorkspaces(database.db, vendor.organizationId),
      ],
      [
        'workspaces.list (hospital)',
        call(hospital.client, (api) => api.workspaces.list()),
        () => rawWorkspaces(database.db, hospital.organizationId),
      ],
      [
        'systems.list (hospital)',
        call(hospital.client, (api) => api.systems.list()),
        () =>
          selectRows(
            database.db,
            sql`select * from medical_system where organization_id = ${hospital.organizationId} order by name`,
          ),
      ],
      [
        'organization.auditLog 50 (hospital)',
        call(hospital.client, (api) => api.organization.auditLog({ limit: 50 })),
        () =>
          selectRows(
            database.db,
            sql`select e.*, u.display_name from audit_event e left join app_user u on u.id = e.actor_user_id where e.organization_id = ${hospital.organizationId} order by e.seq desc limit 50`,
          ),
      ],
      [
        'catalogs.requirements 6.0 search (hospital)',
        call(hospital.client, (api) =>
          api.catalogs.requirements({ versionId: v60.id, search: '管理', limit: 200 }),
        ),
        () =>
          selectRows(
            database.db,
            sql`select * from requirement where catalog_version_id = ${v60.id}
                and (title_ja ilike '%管理%' or text_ja ilike '%管理%' or title_en ilike '%管理%' or text_en ilike '%管理%' or code ilike '%管理%')
                order by position limit 200`,
          ),
      ],
      [
        'catalogs.diff 5.2 → 6.0 (hospital)',
        call(hospital.client, (api) =>
          api.catalogs.diff({ fromVersionId: v52.id, toVersionId: v60.id }),
        ),
        () =>
          selectRows(
            database.db,
            sql`select e.*, f.title_ja, t.title_ja from crosswalk c join crosswalk_entry e on e.crosswalk_id = c.id
                left join requirement f on f.catalog_version_id = c.from_version_id and f.code = e.from_code
                left join requirement t on t.catalog_version_id = c.to_version_id and t.code = e.to_code
                where c.from_version_id = ${v52.id} and c.to_version_id = ${v60.id}`,
          ),
      ],
      [
        `matrix.rows ${LARGE_MATRIX_ROWS} rows (hospital)`,
        call(hospital.client, (api) => api.matrix.rows({ workspaceId, matrixId })),
        () =>
          selectRows(
            database.db,
            sql`select m.*, r.title_ja, r.title_en, r.text_ja, r.text_en, r.audience, r.unconfirmed,
                       p.code, p.title_ja, p.title_en, hc.display_name, vc.display_name,
                       (select count(*) from matrix_row_evidence e where e.row_id = m.id),
                       (select count(*) from matrix_comment c where c.row_id = m.id)
                from matrix_row m join requirement r on r.id = m.requirement_id
                left join requirement p on p.catalog_version_id = r.catalog_version_id and p.code = r.parent_code
                left join app_user hc on hc.id = m.hospital_confirmed_by
                left join app_user vc on vc.id = m.vendor_confirmed_by
                where m.matrix_id = ${matrixId} order by m.position`,
          ),
      ],
      [
        `matrix.get summary of ${LARGE_MATRIX_ROWS} rows (hospital)`,
        call(hospital.client, (api) => api.matrix.get({ workspaceId, matrixId })),
        () =>
          selectRows(
            database.db,
            sql`select owner_side, status, count(*) from matrix_row where matrix_id = ${matrixId}
                group by owner_side, status`,
          ),
      ],
      [
        'matrix.updateRows one row + history + 2 audit events',
        async () => {
          const row = editedRow;
          if (!row) throw new Error('no row');
          [editedRow] = await hospital.client.call((api) =>
            api.matrix.updateRows({
              workspaceId,
              matrixId,
              rows: [{ id: row.id, revision: row.revision }],
              changes: { hospitalDuty: `手順 ${String(row.revision)}` },
            }),
          );
        },
        () =>
          selectRows(
            database.db,
            sql`update matrix_row set hospital_duty = 'x' || revision, revision = revision + 1
                where id = ${editedRow?.id} returning id`,
          ),
      ],
      [
        'matrix.combined system across vendors (hospital)',
        call(hospital.client, (api) =>
          api.matrix.combined({ systemId: busySystem?.system_id ?? '' }),
        ),
        () =>
          selectRows(
            database.db,
            sql`select mr.matrix_id, mr.requirement_code, mr.owner_side, mr.status, r.title_ja
                from matrix_row mr join matrix m on m.id = mr.matrix_id
                join requirement r on r.id = mr.requirement_id
                where m.system_id = ${busySystem?.system_id} order by mr.position`,
          ),
      ],
    ];
    const rows = [];
    for (const [name, api, raw] of cases) {
      const apiTime = await time(api);
      const rawTime = await time(raw);
      rows.push({
        procedure: name,
        'api median ms': apiTime.median.toFixed(2),
        'api p95 ms': apiTime.p95.toFixed(2),
        'raw SQL median ms': rawTime.median.toFixed(2),
        'ratio api/raw': (apiTime.median / rawTime.median).toFixed(1),
      });
    }
    console.log(`${ITERATIONS} iterations each, after 20 warm-up calls:`);
    console.table(rows);
    await benchCatalogImport(services, database.db, {
      admin: hospital.client.sessionToken ?? '',
      other: vendor.client.sessionToken ?? '',
    });
  } finally {
    services.mail.close();
    await sink.close();
    await database.close();
  }
}

await main();
