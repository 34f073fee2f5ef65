import { sql } from 'drizzle-orm';
import { selectRows, type Db } from './query';
import { APP_ROLE } from './context';

export class UnsafeDatabaseRoleError extends Error {}

/**
 * Refuses a connection whose requests would not be bound by row-level security: the role that
 * requests run as must not be a superuser, must not have BYPASSRLS and must not own tables.
 * In server mode that is the login role itself.
 */
export async function assertConfinedRole(db: Db, mode: 'pglite' | 'postgres'): Promise<void> {
  const role = mode === 'pglite' ? APP_ROLE : null;
  const [row] = await selectRows<{
    rolname: string;
    rolsuper: boolean;
    rolbypassrls: boolean;
    owned: number;
  }>(
    db,
    sql`select r.rolname, r.rolsuper, r.rolbypassrls,
          (select count(*)::int from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where c.relowner = r.oid and n.nspname = 'public') as owned
        from pg_roles r where r.rolname = coalesce(${role}, current_user)`,
  );
  if (!row) throw new UnsafeDatabaseRoleError(`role ${role ?? 'current_user'} not found`);
  const problems = [
    row.rolsuper && 'is a superuser',
    row.rolbypassrls && 'has BYPASSRLS',
    row.owned > 0 && `owns ${row.owned} tables`,
  ].filter(Boolean);
  if (problems.length > 0) {
    throw new UnsafeDatabaseRoleError(
      `The database role "${row.rolname}" ${problems.join(', ')}: row-level security would not ` +
        `bind it. Connect DATABASE_URL as the application role instead; create its login with ` +
        `\`pnpm db:app-role\` (uses DATABASE_OWNER_URL and APP_DATABASE_PASSWORD). / ` +
        `DATABASE_URL はアプリケーション用ロール（${APP_ROLE}）で接続してください。`,
    );
  }
}

/** Lets the application role log in with `password` (run with the owner's connection). */
export async function enableAppRoleLogin(db: Db, password: string): Promise<void> {
  if (password.length < 12) throw new Error('APP_DATABASE_PASSWORD must be at least 12 characters');
  // ALTER ROLE takes no bind parameters; quote the literal (standard_conforming_strings is on).
  const literal = `'${password.replaceAll("'", "''")}'`;
  await db.execute(sql.raw(`alter role ${APP_ROLE} with login password ${literal}`));
}

/** The role the migrations hand a SECURITY DEFINER function to (0003). */
const AUDITOR_ROLE = 'bunkai_auditor';

/**
 * Runs before the migrations on PostgreSQL, as the owner: creates the application and auditor
 * roles if missing and makes the owner a member able to `SET ROLE` to each, so the migrations'
 * `ALTER … OWNER TO bunkai_auditor` succeeds for a non-superuser owner with CREATEROLE.
 * PostgreSQL 15 requires plain membership for that (a CREATEROLE role may grant any
 * non-superuser role); 16+ requires the SET option, which a CREATEROLE creator does not get
 * by default (only ADMIN), but its ADMIN OPTION lets it grant itself `WITH SET TRUE`.
 * Idempotent; a superuser owner needs nothing.
 */
export async function bootstrapOwnerRoles(db: Db): Promise<void> {
  const [me] = await selectRows<{ rolsuper: boolean; version: number }>(
    db,
    sql`select rolsuper, current_setting('server_version_num')::int as version
        from pg_roles where rolname = current_user`,
  );
  if (!me || me.rolsuper) return;
  const pg16 = me.version >= 160000;
  for (const role of [APP_ROLE, AUDITOR_ROLE]) {
    await db.execute(
      sql.raw(`DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '${role}') THEN
          CREATE ROLE ${role} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        END IF;
      END $$`),
    );
  }
  // ALTER … OWNER TO also needs the new owner to hold CREATE on the schema; held only while
  // migrating (finishOwnerMigration revokes it).
  await db.execute(sql.raw(`CREATE SCHEMA IF NOT EXISTS app`));
  await db.execute(sql.raw(`GRANT CREATE ON SCHEMA app TO ${AUDITOR_ROLE}`));
  const [has] = await selectRows<{ ok: boolean }>(
    db,
    sql`select pg_has_role(current_user, ${AUDITOR_ROLE}, ${pg16 ? 'SET' : 'MEMBER'}) as ok`,
  );
  if (has?.ok) return;
  // INHERIT FALSE on 16+: the owner may become the role, not silently use its privileges.
  await db.execute(
    sql.raw(`GRANT ${AUDITOR_ROLE} TO current_user${pg16 ? ' WITH INHERIT FALSE, SET TRUE' : ''}`),
  );
}

/** After the migrations: the auditor role keeps no CREATE on the app schema. */
export async function finishOwnerMigration(db: Db): Promise<void> {
  await db.execute(
    sql.raw(`DO $$ BEGIN
      IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '${AUDITOR_ROLE}')
        AND EXISTS (SELECT FROM pg_namespace WHERE nspname = 'app') THEN
        REVOKE CREATE ON SCHEMA app FROM ${AUDITOR_ROLE};
      END IF;
    END $$`),
  );
}
