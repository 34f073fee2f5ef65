// `pnpm bench`: builds a network-scale data set, then times API calls (session check, RLS
// transaction, validation, serialisation) against the raw SQL they run, and prints the ratio.
// Uses a throwaway database on TEST_POSTGRES_URL when set, else in-memory PGlite.
import { performance } from 'node:perf_hooks';
import { createSession, DEFAULT_SESSION_POLICY } from '@bunkai/auth';
import { createTestServices, TestClient, type Caller } from '@bunkai/api/testing';
import { syncBundledCatalogs } from '@bunkai/core';
import { selectRows, sql, withRequestContext, type Db } from '@bunkai/db';
import { createTestDb } from '@bunkai/db/testing';
import { startMailSink } from '@bunkai/mail/sink';

const SCALE = {
  hospitals: Number(process.env.BENCH_HOSPITALS ?? 300),
  vendors: Number(process.env.BENCH_VENDORS ?? 120),
  systemsPerHospital: 8,
  vendorsPerHospital: 6,
  membersPerOrganization: 4,
  auditEventsPerOrganization: 40,
};
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);

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
  kind: 'hospital' | 'vendor',
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
  const { token } = await withRequestContext(db, {}, (tx) =>
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
    const hospital = await signedInAs(services, database.db, 'hospital');
    const vendor = await signedInAs(services, database.db, 'vendor');
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
          api.catalogs.requirements({ versionId: v60?.id ?? '', search: '管理', limit: 200 }),
        ),
        () =>
          selectRows(
            database.db,
            sql`select * from requirement where catalog_version_id = ${v60?.id}
                and (title_ja ilike '%管理%' or text_ja ilike '%管理%' or title_en ilike '%管理%' or text_en ilike '%管理%' or code ilike '%管理%')
                order by position limit 200`,
          ),
      ],
      [
        'catalogs.diff 5.2 → 6.0 (hospital)',
        call(hospital.client, (api) =>
          api.catalogs.diff({ fromVersionId: v52?.id ?? '', toVersionId: v60?.id ?? '' }),
        ),
        () =>
          selectRows(
            database.db,
            sql`select e.*, f.title_ja, t.title_ja from crosswalk c join crosswalk_entry e on e.crosswalk_id = c.id
                left join requirement f on f.catalog_version_id = c.from_version_id and f.code = e.from_code
                left join requirement t on t.catalog_version_id = c.to_version_id and t.code = e.to_code
                where c.from_version_id = ${v52?.id} and c.to_version_id = ${v60?.id}`,
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
  } finally {
    services.mailer.close();
    await sink.close();
    await database.close();
  }
}

await main();
