import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createUser, disableUser, findUserByEmail, hashPassword } from '@bunkai/auth';
import { addPlatformOperator, platformJob, recordAccountAudit } from '@bunkai/core';
import {
  createDb,
  enableAppRoleLogin,
  runAs,
  selectRows,
  sql,
  verifyAuditChain,
  type Database,
  type JobPrincipal,
} from '@bunkai/db';
import { EnvError, loadEnv, type ServerEnv } from './env';

const USAGE = `Usage: pnpm cli <command>
  create-operator --email <e-mail> [--name <name>]   create the platform operator (password printed once)
  disable-user --email <e-mail>                      disable an account and end all its sessions
  verify-audit [--org <organization id>]             verify the audit hash chains (all organizations by default)
  app-role                                           let the application role log in (DATABASE_OWNER_URL, APP_DATABASE_PASSWORD)`;

export type Print = (line: string) => void;

/** Operator commands run as this job; their audit events name it, not a person. */
const CLI: JobPrincipal = { kind: 'job', name: 'cli' };

/** The owner's connection: migrations and operator tasks, never requests. */
async function openAsOwner(env: ServerEnv): Promise<Database> {
  const database = env.DATABASE_OWNER_URL
    ? await createDb({ url: env.DATABASE_OWNER_URL, maxConnections: 1 })
    : await createDb({ dataDir: env.DATA_DIR });
  await database.migrate();
  return database;
}

/** Runs one command; returns the process exit code. */
export async function runCli(argv: string[], env: ServerEnv, print: Print): Promise<number> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: { email: { type: 'string' }, name: { type: 'string' }, org: { type: 'string' } },
  });
  if (!['create-operator', 'disable-user', 'verify-audit', 'app-role'].includes(command ?? '')) {
    print(USAGE);
    return 2;
  }
  const database = await openAsOwner(env);
  try {
    if (command === 'app-role') {
      const password = env.APP_DATABASE_PASSWORD;
      if (database.mode !== 'postgres' || !password) {
        print('app-role needs DATABASE_OWNER_URL and APP_DATABASE_PASSWORD');
        return 2;
      }
      await enableAppRoleLogin(database.db, password);
      print('bunkai_app can now log in; set DATABASE_URL to postgres://bunkai_app:<password>@…');
      return 0;
    }
    if (command === 'disable-user') {
      const email = values.email;
      if (!email) {
        print(USAGE);
        return 2;
      }
      const disabled = await runAs(database.db, CLI, async (cli) => {
        const user = await findUserByEmail(cli.tx, email);
        if (!user) return false;
        await disableUser(cli.tx, user.id, new Date());
        await cli.actAs({ ...CLI, userId: user.id }, (onAccount) =>
          recordAccountAudit(onAccount, 'account.disable'),
        );
        return true;
      });
      print(disabled ? `${email} disabled; all sessions ended` : `No account ${email}`);
      return disabled ? 0 : 1;
    }
    if (command === 'create-operator') {
      if (!values.email) {
        print(USAGE);
        return 2;
      }
      const email = values.email;
      const password = randomBytes(12).toString('base64url');
      await runAs(database.db, platformJob(CLI.name), async ({ tx }) => {
        const user = await createUser(tx, {
          email,
          displayName: values.name ?? 'Platform operator',
          passwordHash: await hashPassword(password),
        });
        await addPlatformOperator(tx, user.id);
      });
      print(`Platform operator ${email} created. Password (shown once): ${password}`);
      return 0;
    }
    const orgIds = values.org
      ? [values.org]
      : (
          await selectRows<{ id: string }>(
            database.db,
            sql`select id from organization order by created_at`,
          )
        ).map((r) => r.id);
    let broken = 0;
    for (const orgId of orgIds) {
      const verdict = await verifyAuditChain(database.db, orgId);
      if (verdict.ok) {
        print(`ok      ${orgId}  ${verdict.events} events`);
      } else {
        broken += 1;
        const at = verdict.brokenAt;
        print(`BROKEN  ${orgId}  first broken link: seq ${at.seq} (event ${at.id}): ${at.reason}`);
      }
    }
    return broken === 0 ? 0 : 1;
  } finally {
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  Promise.resolve()
    .then(() =>
      runCli(process.argv.slice(2), loadEnv(), (line) => {
        console.log(line);
      }),
    )
    .then(
      (code) => process.exit(code),
      (error: unknown) => {
        console.error(error instanceof EnvError ? error.message : error);
        process.exit(1);
      },
    );
}
