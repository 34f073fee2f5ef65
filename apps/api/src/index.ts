import { EnvError, loadEnv } from './env';
import { startServer, type RunningServer } from './server';

function printDemoLogins(server: RunningServer): void {
  if (server.demoLogins.length === 0) return;
  console.log(
    '\nデモ用ログイン / Demo logins (demo data only; MFA is off for the demo organizations):',
  );
  console.table(server.demoLogins);
}

async function main(): Promise<void> {
  const env = loadEnv();
  const server = await startServer(env);
  console.log(`Bunkai ${server.url} (database: ${server.database.mode})`);
  if (server.mailboxServed) console.log(`Mail goes to a local sink: ${server.url}/dev/mail`);
  else if (server.mailSink)
    console.log('Mail goes to a local sink (not served: HOST is not loopback)');
  printDemoLogins(server);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing in-flight requests…`);
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => {
    shutdown('SIGTERM');
  });
  process.on('SIGINT', () => {
    shutdown('SIGINT');
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
