import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { expectQuietConsoles } from './console';

// What `pnpm start` runs: the bundled server, which serves the built web app beside it.
const SERVER_ENTRY = fileURLToPath(new URL('../../../api/dist/index.js', import.meta.url));
const WEB_INDEX = fileURLToPath(new URL('../../../web/dist/index.html', import.meta.url));
const START_TIMEOUT_MS = 120_000;

export interface DemoLogin {
  email: string;
  password: string;
}

export interface TestServer {
  url: string;
  /** The demo accounts, as the server printed them at start. */
  demoLogins: DemoLogin[];
  /** Ends the server as an operator does (SIGTERM); fails unless it shuts down cleanly. */
  stop(): Promise<void>;
}

/**
 * The built server as its own process on a free port over in-memory PGlite, with the demo
 * network and its local mail sink (read at /dev/mail). Its error output goes to the test's.
 */
export async function startTestServer(): Promise<TestServer> {
  for (const built of [SERVER_ENTRY, WEB_INDEX]) {
    if (!existsSync(built)) {
      throw new Error(`${built} is missing: run \`pnpm turbo build --filter=@bunkai/e2e...\``);
    }
  }
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    // Only what the suite chooses: a developer's DATABASE_URL or SMTP_URL must not leak in.
    env: {
      PATH: process.env.PATH,
      ...(process.env.TZ ? { TZ: process.env.TZ } : {}),
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: 'memory://',
      NODE_ENV: 'test',
      DEMO_SEED: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr.pipe(process.stderr);
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      resolve(code);
    });
  });

  let output = '';
  const started = await new Promise<Omit<TestServer, 'stop'>>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start within ${START_TIMEOUT_MS} ms:\n${output}`));
    }, START_TIMEOUT_MS);
    const read = (chunk: string) => {
      output += chunk;
      const ready = readyServer(output);
      if (!ready) return;
      clearTimeout(timer);
      // Later output is not needed, but must still be drained so the server never blocks on it.
      child.stdout.off('data', read).resume();
      resolve(ready);
    };
    child.stdout.setEncoding('utf8').on('data', read);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(
        new Error(`the server exited with ${code ?? 'a signal'} before it started:\n${output}`),
      );
    });
  });
  return {
    ...started,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const code = await exited;
      if (code !== 0) throw new Error(`the server exited with ${code ?? 'a signal'} on SIGTERM`);
    },
  };
}

/**
 * The URL and demo logins once the server has printed both, as `pnpm start` shows them:
 * `Bunkai <url> (database: …)`, then the logins as a console table.
 */
function readyServer(output: string): Omit<TestServer, 'stop'> | null {
  const url = /^Bunkai (http:\/\/\S+) /m.exec(output)?.[1];
  const heading = output.indexOf('デモ用ログイン');
  if (!url || heading === -1) return null;
  const lines = output.slice(heading).split('\n');
  // The table may arrive in several chunks: wait for its last line.
  if (!lines.some((line) => line.startsWith('└'))) return null;
  const [header = [], ...rows] = lines
    .filter((line) => line.startsWith('│'))
    .map((line) =>
      line
        .split('│')
        .slice(1, -1)
        .map((cell) => cell.trim().replace(/^'(.*)'$/, '$1')),
    );
  const email = header.indexOf('email');
  const password = header.indexOf('password');
  return {
    url,
    demoLogins: rows.map((cells) => ({
      email: cells[email] ?? '',
      password: cells[password] ?? '',
    })),
  };
}

/**
 * The server and a Chromium for one test file; both are closed after it. Each test fails on a
 * console error or warning it did not expect (see `consoleOf`).
 */
export function useServerAndBrowser(hooks: {
  beforeAll: (fn: () => Promise<void>) => void;
  afterEach: (fn: () => void) => void;
  afterAll: (fn: () => Promise<void>) => void;
}): { readonly server: TestServer; readonly browser: Browser } {
  const state = {} as { server: TestServer; browser: Browser };
  hooks.beforeAll(async () => {
    [state.server, state.browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  hooks.afterEach(expectQuietConsoles);
  hooks.afterAll(async () => {
    await state.browser.close();
    await state.server.stop();
  });
  return state;
}
