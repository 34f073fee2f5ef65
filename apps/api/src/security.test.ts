import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnvironment, TEST_PASSWORD, type TestEnvironment } from '@bunkai/api/testing';
import { createApp } from './app';

const ORIGIN = 'http://localhost';

describe('web security', () => {
  let env: TestEnvironment;
  let app: ReturnType<typeof createApp>;

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(path, {
      method: 'POST',
      headers: {
        host: 'localhost',
        origin: ORIGIN,
        'content-type': 'application/json',
        ...headers,
      },
      body: typeof body === 'string' || body instanceof FormData ? body : JSON.stringify(body),
    });

  beforeAll(async () => {
    env = await createTestEnvironment('pglite');
    app = createApp({ services: env.services, webDist: null });
  });
  afterAll(() => env.close());

  const signUp = {
    json: {
      email: 'csrf@hospital.test',
      password: TEST_PASSWORD,
      displayName: '太郎',
      locale: 'ja',
      organization: { kind: 'vendor', name: 'CSRF社' },
    },
  };

  it.each([
    ['urlencoded', 'application/x-www-form-urlencoded', 'email=a%40b.test'],
    [
      'multipart',
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="email"\r\n\r\na\r\n--x--',
    ],
    ['text/plain', 'text/plain', JSON.stringify(signUp)],
  ])('refuses a cross-origin %s POST with 403', async (_kind, contentType, body) => {
    const response = await post('/trpc/auth.signUp', body, {
      origin: 'https://evil.example',
      'sec-fetch-site': 'cross-site',
      'content-type': contentType,
    });
    expect(response.status).toBe(403);
  });

  it('refuses a same-origin form post that is not JSON (tRPC form-data inputs)', async () => {
    const form = new FormData();
    form.set('email', 'a@b.test');
    const response = await app.request('/trpc/auth.signUp', {
      method: 'POST',
      headers: { host: 'localhost', origin: ORIGIN },
      body: form,
    });
    expect(response.status).toBe(403);
  });

  it('refuses a JSON POST from another origin and one with no origin at all', async () => {
    expect(
      (await post('/trpc/auth.signUp', signUp, { origin: 'https://evil.example' })).status,
    ).toBe(403);
    const bare = await app.request('/trpc/auth.signUp', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(signUp),
    });
    expect(bare.status).toBe(403);
  });

  it('accepts a same-origin JSON mutation and sets an HttpOnly, SameSite=Lax cookie', async () => {
    const response = await post('/trpc/auth.signUp', signUp, { 'sec-fetch-site': 'same-origin' });
    expect(response.status).toBe(200);
    const mail = env.services.queuedMail.findLast((m) => m.to === signUp.json.email);
    const token = /sign-up\/confirm\?token=([a-z0-9]+)/.exec(mail?.text ?? '')?.[1] ?? '';
    const confirmed = await post('/trpc/auth.confirmSignUp', { json: { token } });
    expect(confirmed.status).toBe(200);
    const cookie = confirmed.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^bunkai_session=[a-z0-9]{32};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
  });

  it('puts the security headers on every response and no-store on the API', async () => {
    for (const path of ['/healthz', '/trpc/service.info', '/nowhere']) {
      const response = await app.request(path);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    }
    expect((await app.request('/trpc/service.info')).headers.get('cache-control')).toBe('no-store');
  });

  it('answers 429 with Retry-After after repeated wrong passwords, the same for unknown accounts', async () => {
    const attempt = (email: string) =>
      post('/trpc/auth.signIn', { json: { email, password: 'wrong-password-123' } });
    const wrong = await attempt('csrf@hospital.test');
    const unknown = await attempt('nobody@hospital.test');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const message = async (r: Response) =>
      ((await r.json()) as { error: { json: { message: string } } }).error.json.message;
    expect(await message(unknown)).toBe(await message(wrong));
    for (let i = 0; i < 4; i += 1) await attempt('csrf@hospital.test');
    const limited = await attempt('csrf@hospital.test');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('explains bad input per field in Japanese and English, and writes nothing', async () => {
    const response = await post('/trpc/auth.signUp', {
      json: {
        email: 'not-an-email',
        password: 'short',
        displayName: '',
        locale: 'ja',
        organization: { kind: 'hospital', name: '規模なし病院' },
      },
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: {
        json: { data: { fieldErrors: { path: string; messages: { ja: string; en: string } }[] } };
      };
    };
    const byPath = Object.fromEntries(
      body.error.json.data.fieldErrors.map((f) => [f.path, f.messages]),
    );
    expect(byPath.email).toEqual({
      ja: 'メールアドレスの形式が正しくありません',
      en: 'Enter a valid e-mail address',
    });
    expect(byPath.password?.ja).toContain('8文字以上');
    expect(byPath.displayName?.en).toBe('Enter your name');
    expect(byPath['organization.sizeClass']?.ja).toContain('規模区分');
    const signIn = await post('/trpc/auth.signIn', {
      json: { email: 'not-an-email', password: 'short' },
    });
    expect(signIn.status).toBe(401);
  });
});
