import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestEnvironment,
  signUpOrganization,
  TEST_PASSWORD,
  type SignedUpOrganization,
  type TestEnvironment,
} from '@bunkai/api/testing';
import { createMailer, createMailOutbox } from '@bunkai/mail';
import { testDatabaseModes } from '@bunkai/db/testing';
import { createApp } from './app';
import { clientAddress, parseTrustedProxies, type TrustedProxies } from './client-address';
import { parseEnv } from './env';
import { startServer } from './server';

const JSON_HEADERS = {
  host: 'localhost',
  origin: 'http://localhost',
  'content-type': 'application/json',
};

interface TrpcError {
  error: { json: { message: string; data: { fieldErrors: { path: string }[] | null } } };
}

/** Everything an attacker could learn about our internals from an answer. */
function expectNoInternals(text: string) {
  expect(text).not.toMatch(
    /\binsert into\b|\bselect\b.*\bfrom\b|\bat .*\.(ts|js):\d+|postgres|pglite|127\.0\.0\.1|stack/i,
  );
}

describe.each(testDatabaseModes())('request hardening on %s', (mode) => {
  let env: TestEnvironment;
  let app: ReturnType<typeof createApp>;
  let hospital: SignedUpOrganization;

  const post = async (
    path: string,
    body: string,
    headers: Record<string, string> = {},
  ): Promise<Response> =>
    app.request(path, { method: 'POST', headers: { ...JSON_HEADERS, ...headers }, body });

  beforeAll(async () => {
    env = await createTestEnvironment(mode);
    app = createApp({ services: env.services, webDist: null });
    hospital = await signUpOrganization(
      env.services,
      { kind: 'hospital', name: '堅牢病院' },
      'owner@hard.test',
    );
  });
  afterAll(() => env.close());

  it('caps a body before reading it: 413 for an oversized sign-in, with or without Content-Length', async () => {
    const big = JSON.stringify({
      json: { email: 'a@b.test', password: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect((await post('/trpc/auth.signIn', big)).status).toBe(413);
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
        for (let i = 0; i < 64; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    const chunked = await app.request('/trpc/systems.create', {
      method: 'POST',
      headers: { ...JSON_HEADERS, 'transfer-encoding': 'chunked' },
      body: streamed,
      duplex: 'half', // Node's fetch needs it for a stream body
    });
    expect(chunked.status).toBe(413);
  });

  it('refuses batched auth calls and batches over the maximum', async () => {
    const calls = Array.from({ length: 30 }, () => 'auth.signIn').join(',');
    const body = JSON.stringify(
      Object.fromEntries(
        Array.from({ length: 30 }, (_, i) => [
          i,
          { json: { email: 'owner@hard.test', password: 'guess' } },
        ]),
      ),
    );
    const batched = await post(`/trpc/${calls}?batch=1`, body);
    expect(batched.status).toBe(400);
    const mixed = await post(
      '/trpc/systems.list,auth.verifyMfa?batch=1',
      JSON.stringify({ 0: {}, 1: { json: { code: '123456' } } }),
    );
    expect(mixed.status).toBe(400);
    const many = Array.from({ length: 11 }, () => 'service.info').join(',');
    expect((await app.request(`/trpc/${many}?batch=1&input={}`)).status).toBe(400);
    const ten = Array.from({ length: 10 }, () => 'service.info').join(',');
    expect((await app.request(`/trpc/${ten}?batch=1&input={}`)).status).toBe(200);
  });

  it.each([
    ['auth.signIn', { email: 'a\u0000@b.test', password: 'x' }, 'email'],
    [
      'auth.signUp',
      { email: 'n@b.test', password: TEST_PASSWORD, displayName: 'ab\u0000c', locale: 'ja' },
      'displayName',
    ],
    ['auth.requestPasswordReset', { email: 'x\u0000@b.test' }, 'email'],
  ])(
    'refuses a control character in %s with a field error and no internals',
    async (path, input, field) => {
      const response = await post(`/trpc/${path}`, JSON.stringify({ json: input }));
      expect(response.status).toBe(400);
      const text = await response.text();
      expectNoInternals(text);
      const body = JSON.parse(text) as TrpcError;
      expect(body.error.json.data.fieldErrors?.map((f) => f.path)).toEqual([field]);
      expect(body.error.json.message).toContain('制御文字');
      expect(body.error.json.message).toContain('Control characters');
    },
  );

  it('refuses a NUL in a signed-in procedure and writes nothing', async () => {
    const before = await hospital.client.call((api) => api.systems.list());
    const cookie = `bunkai_session=${hospital.client.sessionToken ?? ''}`;
    const response = await post(
      '/trpc/systems.create',
      JSON.stringify({ json: { name: 'EHR\u0000', category: 'ehr', serviceType: 'cloud' } }),
      { cookie },
    );
    expect(response.status).toBe(400);
    expectNoInternals(await response.text());
    expect(await hospital.client.call((api) => api.systems.list())).toEqual(before);
  });

  it('refuses input nested 100,000 levels deep (in the input or in superjson meta) with a 400 naming the limit, and writes nothing', async () => {
    const before = await hospital.client.call((api) => api.systems.list());
    const cookie = `bunkai_session=${hospital.client.sessionToken ?? ''}`;
    const system = '"name":"深いEHR","category":"ehr","serviceType":"cloud"';
    const deep = 100_000;
    const bodies = [
      `{"json":{${system},"extra":${'['.repeat(deep)}${']'.repeat(deep)}}}`,
      `{"json":{${system},"extra":${'{"a":'.repeat(deep)}1${'}'.repeat(deep)}}}`,
      `{"json":{${system}},"meta":{"values":${'{"a":'.repeat(deep)}["undefined"]${'}'.repeat(deep)}}}`,
    ];
    for (const body of bodies) {
      expect(body.length).toBeLessThan(1024 * 1024);
      const response = await post('/trpc/systems.create', body, { cookie });
      expect(response.status).toBe(400);
      const text = await response.text();
      expectNoInternals(text);
      expect(text).not.toContain('call stack');
      const { message } = (JSON.parse(text) as TrpcError).error.json;
      expect(message).toContain('入れ子が深すぎます（32階層まで）');
      expect(message).toContain('nests more than 32 levels deep');
    }
    // Nesting within the limit is no refusal: the unknown member is dropped as before.
    const shallow = `{"json":{${system},"extra":${'['.repeat(30)}${']'.repeat(30)}}}`;
    expect((await post('/trpc/systems.create', shallow, { cookie })).status).toBe(200);
    expect((await hospital.client.call((api) => api.systems.list())).length).toBe(
      before.length + 1,
    );
  });

  it('keeps a well-formed X-Request-Id and replaces anything else', async () => {
    const kept = await app.request('/healthz', {
      headers: { 'x-request-id': 'abcdef12-3456-7890' },
    });
    expect(kept.headers.get('x-request-id')).toBe('abcdef12-3456-7890');
    for (const bad of ['short', 'x'.repeat(200), '<script>alert(1)</script>', 'a b c d e f g h']) {
      const replaced = await app.request('/healthz', { headers: { 'x-request-id': bad } });
      expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('does not serve the dev mailbox to a peer that is not loopback', async () => {
    const withSink = createApp({ services: env.services, webDist: null, mailSink: env.sink });
    expect((await withSink.request('/dev/mail')).status).toBe(404);
  });

  it('answers a sign-up alike for a registered address and mails its owner instead', async () => {
    const attempt = (email: string) =>
      post(
        '/trpc/auth.signUp',
        JSON.stringify({
          json: {
            email,
            password: TEST_PASSWORD,
            displayName: '侵入者',
            locale: 'ja',
            organization: { kind: 'vendor', name: '偽装社' },
          },
        }),
      );
    const taken = await attempt('owner@hard.test');
    const fresh = await attempt('fresh@hard.test');
    expect(taken.status).toBe(200);
    expect(await taken.text()).toBe(await fresh.text());
    expect(taken.headers.get('set-cookie')).toBeNull();
    const toOwner = await env.sink.waitFor(
      (m) => m.to.includes('owner@hard.test') && m.subject.includes('登録済み'),
    );
    expect(toOwner.text).toContain('/forgot-password');
    // No account until the mailed link is used, and the link works once.
    const signIn = await post(
      '/trpc/auth.signIn',
      JSON.stringify({ json: { email: 'fresh@hard.test', password: TEST_PASSWORD } }),
    );
    expect(signIn.status).toBe(401);
    const confirmation = await env.sink.waitFor(
      (m) => m.to.includes('fresh@hard.test') && m.text.includes('/sign-up/confirm'),
    );
    const token = /sign-up\/confirm\?token=([a-z0-9]+)/.exec(confirmation.text)?.[1] ?? '';
    const confirm = () => post('/trpc/auth.confirmSignUp', JSON.stringify({ json: { token } }));
    expect((await confirm()).status).toBe(200);
    expect((await confirm()).status).toBe(400);
  });

  it('checks 5 of 30 parallel wrong passwords and refuses the rest, the right one too', async () => {
    const target = await signUpOrganization(
      env.services,
      { kind: 'vendor', name: '並列試行社' },
      'guessed@hard.test',
    );
    const signIn = (password: string) =>
      post('/trpc/auth.signIn', JSON.stringify({ json: { email: target.email, password } }));
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signIn(`wrong-password-${String(i)}`)),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(25);
    const refused = answers.find((a) => a.status === 429);
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
    // The account is locked for the window: the right password is not even checked.
    expect((await signIn(TEST_PASSWORD)).status).toBe(429);
  });

  it('counts parallel wrong current passwords of a signed-in user: 5 checked, then 429', async () => {
    const user = await signUpOrganization(
      env.services,
      { kind: 'vendor', name: '再認証社' },
      'reauth@hard.test',
    );
    const cookie = `bunkai_session=${user.client.sessionToken ?? ''}`;
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        post(
          '/trpc/account.changePassword',
          JSON.stringify({
            json: {
              currentPassword: `wrong-${String(i)}`,
              newPassword: 'a-new-long-password-2026',
            },
          }),
          { cookie },
        ),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 400)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
  });

  it('answers a password reset alike for known and unknown addresses, in about the same time', async () => {
    const time = async (email: string) => {
      const started = performance.now();
      const response = await post(
        '/trpc/auth.requestPasswordReset',
        JSON.stringify({ json: { email } }),
      );
      const elapsed = performance.now() - started;
      return { elapsed, status: response.status, body: await response.text() };
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 8; i++) {
      const a = await time('owner@hard.test');
      const b = await time(`nobody-${String(i)}@hard.test`);
      expect(a.status).toBe(200);
      expect(a.body).toBe(b.body);
      known.push(a.elapsed);
      unknown.push(b.elapsed);
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;
    // Mailing inside the request used to make a known address ~25× slower.
    expect(Math.abs(median(known) - median(unknown))).toBeLessThan(15);
    await env.services.mail.drain();
  });
});

describe('password reset with the mail server down', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment('pglite');
  });
  afterAll(() => env.close());

  it('answers 200 as always, names no host, and logs the failure for a retry', async () => {
    await signUpOrganization(env.services, { kind: 'vendor', name: '停止社' }, 'down@smtp.test');
    const logged: string[] = [];
    const mail = createMailOutbox(
      createMailer({ smtpUrl: 'smtp://127.0.0.1:9', from: 'x <x@x.test>' }),
      {
        attempts: 2,
        firstRetryMs: 10,
        log: (line) => logged.push(line),
      },
    );
    const app = createApp({ services: { ...env.services, mail }, webDist: null });
    const response = await app.request('/trpc/auth.requestPasswordReset', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ json: { email: 'down@smtp.test' } }),
    });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toContain('127.0.0.1');
    expect(text).not.toContain('down@smtp.test');
    await mail.drain();
    expect(logged).toHaveLength(2);
    expect(logged[1]).toContain('giving up');
    mail.close();
  });
});

describe('unexpected errors', () => {
  it('answer a generic message with the request id, never SQL or a stack', async () => {
    const env = await createTestEnvironment('pglite');
    const app = createApp({ services: env.services, webDist: null });
    await env.database.close(); // every query now fails inside the driver
    const response = await app.request('/trpc/service.info', {
      headers: { 'x-request-id': 'report-1234567' },
    });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).toContain('report-1234567');
    expect(text).toContain('予期しないエラー');
    expectNoInternals(text);
    await env.sink.close();
  });
});

describe('client address behind proxies', () => {
  const trusted = (value: string): TrustedProxies => {
    const parsed = parseTrustedProxies(value);
    if (typeof parsed === 'string') throw new Error(parsed);
    return parsed;
  };

  it('ignores X-Forwarded-For unless the peer is a trusted proxy', () => {
    expect(clientAddress('203.0.113.5', '198.51.100.1', trusted(''))).toBe('203.0.113.5');
    expect(clientAddress('10.0.0.2', '198.51.100.1', trusted('10.0.0.0/8'))).toBe('198.51.100.1');
    expect(clientAddress('203.0.113.5', '198.51.100.1', trusted('10.0.0.0/8'))).toBe('203.0.113.5');
  });

  it('walks past trusted proxies only, so a client cannot forge its address', () => {
    // The client sent "1.2.3.4" itself; our proxy appended the address it really saw.
    expect(clientAddress('10.0.0.2', '1.2.3.4, 198.51.100.9', trusted('10.0.0.2'))).toBe(
      '198.51.100.9',
    );
    expect(clientAddress('10.0.0.2', '1.2.3.4, 198.51.100.9', trusted('1'))).toBe('198.51.100.9');
    expect(clientAddress('10.0.0.2', '1.2.3.4, 10.0.0.3, 198.51.100.9', trusted('2'))).toBe(
      '10.0.0.3',
    );
    expect(clientAddress('::ffff:10.0.0.2', '198.51.100.9', trusted('10.0.0.0/8'))).toBe(
      '198.51.100.9',
    );
  });

  it('refuses a malformed TRUST_PROXY at boot, naming the variable', () => {
    expect(() => parseEnv({ TRUST_PROXY: '10.0.0.0/99' })).toThrow(/TRUST_PROXY/);
    expect(() => parseEnv({ TRUST_PROXY: 'proxy.local' })).toThrow(/TRUST_PROXY/);
    expect(parseEnv({ TRUST_PROXY: '10.0.0.0/8, ::1' }).TRUST_PROXY.kind).toBe('networks');
  });
});

describe('dev mailbox and listening address', () => {
  it('listens on loopback by default', () => {
    expect(parseEnv({}).HOST).toBe('127.0.0.1');
  });

  it('serves the mailbox to loopback only, and not at all in production or off loopback', async () => {
    const base = { PORT: '0', DATA_DIR: 'memory://', DEMO_SEED: 'false' };
    const local = await startServer(parseEnv({ ...base, HOST: '127.0.0.1' }));
    try {
      expect((await fetch(`${local.url}/dev/mail`)).status).toBe(200);
    } finally {
      await local.stop();
    }
    const open = await startServer(parseEnv({ ...base, HOST: '0.0.0.0' }));
    try {
      expect(open.mailboxServed).toBe(false);
      expect((await fetch(`${open.url}/dev/mail`)).status).toBe(404);
    } finally {
      await open.stop();
    }
  });
});
