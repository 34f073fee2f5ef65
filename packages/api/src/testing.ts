import { generateHOTP } from '@oslojs/otp';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { DEFAULT_SESSION_POLICY, DEFAULT_SIGN_IN_LIMITS } from '@bunkai/auth';
import { parseCatalogFile } from '@bunkai/file-formats/catalog';
import { addPlatformOperator, PLATFORM_ORGANIZATION_ID, platformJob } from '@bunkai/core';
import { runAs, type Database, type DatabaseMode } from '@bunkai/db';
import { createTestDb, type TestDatabase } from '@bunkai/db/testing';
import { createMailer, createMailOutbox, type OutgoingMail } from '@bunkai/mail';
import { startMailSink, type MailSink } from '@bunkai/mail/sink';
import type { ApiContext, ApiServices } from './context';
import { createCaller } from './root';
import type { TenantKind } from '@bunkai/model';

/** A clock tests move by hand (sessions, expiries, TOTP steps). */
export class TestClock {
  constructor(public current = new Date('2026-11-25T09:00:00Z')) {}
  now = (): Date => new Date(this.current);
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export type TestServices = ApiServices & {
  clock: TestClock;
  /** Every message handed to the outbox, at once (it also goes to the SMTP sink). */
  queuedMail: OutgoingMail[];
};

export function createTestServices(
  database: Pick<Database, 'db' | 'mode'>,
  mailSink: MailSink,
  clock = new TestClock(),
): TestServices {
  const queuedMail: OutgoingMail[] = [];
  const outbox = createMailOutbox(
    createMailer({ smtpUrl: mailSink.url, from: 'Bunkai <no-reply@bunkai.test>' }),
    { firstRetryMs: 50 },
  );
  return {
    database,
    appVersion: 'test',
    publicUrl: 'http://bunkai.test',
    queuedMail,
    mail: {
      ...outbox,
      deliver(messages) {
        queuedMail.push(...messages);
        outbox.deliver(messages);
      },
    },
    auth: {
      sessionPolicy: DEFAULT_SESSION_POLICY,
      signInLimits: DEFAULT_SIGN_IN_LIMITS,
      secureCookies: false,
    },
    parseCatalogFile,
    now: clock.now,
    clock,
  };
}

export type Caller = ReturnType<typeof createCaller>;

/** A browser-like client: sends and keeps the session cookie that procedures set. */
export class TestClient {
  sessionToken: string | null = null;
  /** Response headers of the last call (Set-Cookie, Retry-After). */
  lastHeaders = new Headers();
  constructor(
    readonly services: ApiServices,
    readonly ipAddress = '192.0.2.10',
  ) {}

  async call<T>(fn: (api: Caller) => Promise<T>): Promise<T> {
    const headers = new Headers();
    this.lastHeaders = headers;
    const ctx: ApiContext = {
      ...this.services,
      requestId: `test-${crypto.randomUUID()}`,
      ipAddress: this.ipAddress,
      userAgent: 'vitest',
      sessionToken: this.sessionToken,
      responseHeaders: headers,
    };
    try {
      return await fn(createCaller(ctx));
    } finally {
      for (const cookie of headers.getSetCookie()) {
        const pair = cookie.split(';')[0] ?? '';
        const value = pair.slice(pair.indexOf('=') + 1);
        this.sessionToken = value === '' ? null : value;
      }
    }
  }
}

/** What an authenticator app shows for a base32 secret at `now`. */
export function totpCode(secret: string, now: Date): string {
  const step = BigInt(Math.floor(now.getTime() / 30_000));
  return generateHOTP(decodeBase32IgnorePadding(secret), step, 6);
}

export interface SignedUpOrganization {
  client: TestClient;
  organizationId: string;
  userId: string;
  email: string;
  password: string;
  mfaSecret: string;
}

export const TEST_PASSWORD = 'kaigi-shitsu-42-Hokkaido';

/** Confirms the client's sign-up with the token from the last confirmation mail to `email`. */
export async function confirmSignUp(client: TestClient, services: TestServices, email: string) {
  const mail = services.queuedMail.findLast(
    (m) => m.to === email && m.text.includes('/sign-up/confirm?token='),
  );
  const token = /sign-up\/confirm\?token=([a-z0-9]+)/.exec(mail?.text ?? '')?.[1];
  if (!token) throw new Error(`no sign-up confirmation mail to ${email}`);
  return client.call((api) => api.auth.confirmSignUp({ token }));
}

/** Signs up a person with a new organization and enrols their authenticator (owners need MFA). */
export async function signUpOrganization(
  services: TestServices,
  organization: { kind: TenantKind; name: string },
  email: string,
  ipAddress?: string,
): Promise<SignedUpOrganization> {
  const client = new TestClient(services, ipAddress);
  await client.call((api) =>
    api.auth.signUp({
      email,
      password: TEST_PASSWORD,
      displayName: `${organization.name} 担当`,
      locale: 'ja',
      organization: {
        ...organization,
        sizeClass: organization.kind === 'hospital' ? 'medium_hospital' : null,
      },
    }),
  );
  const state = await confirmSignUp(client, services, email);
  const mfaSecret = await enrolMfa(client, services.clock);
  return {
    client,
    organizationId: state.activeOrganizationId ?? '',
    userId: state.user.id,
    email,
    password: TEST_PASSWORD,
    mfaSecret,
  };
}

/** Enrols TOTP for the client's user and moves the clock past the step it used. */
export async function enrolMfa(
  client: TestClient,
  clock: TestClock,
  currentPassword = TEST_PASSWORD,
): Promise<string> {
  const { secret } = await client.call((api) => api.account.startMfaEnrolment({ currentPassword }));
  await client.call((api) =>
    api.account.confirmMfaEnrolment({ code: totpCode(secret, clock.now()) }),
  );
  clock.advance(30_000);
  return secret;
}

export interface TestEnvironment {
  database: TestDatabase;
  sink: MailSink;
  services: TestServices;
  close(): Promise<void>;
}

/** A migrated database, a local SMTP sink and the services over them, for one test file. */
export async function createTestEnvironment(mode: DatabaseMode): Promise<TestEnvironment> {
  const [database, sink] = await Promise.all([createTestDb(mode), startMailSink()]);
  const services = createTestServices(database, sink);
  return {
    database,
    sink,
    services,
    async close() {
      await services.mail.drain();
      services.mail.close();
      await sink.close();
      await database.close();
    },
  };
}

/**
 * The platform operator as the operator CLI makes one (a flagged user, owner of the platform
 * organization), signed in with MFA and working in the platform organization.
 */
export async function signInPlatformOperator(
  env: TestEnvironment,
  email = 'ops@bunkai.test',
): Promise<TestClient> {
  const operator = new TestClient(env.services, '192.0.2.99');
  await operator.call((api) =>
    api.auth.signUp({ email, password: TEST_PASSWORD, displayName: '運用者', locale: 'ja' }),
  );
  const state = await confirmSignUp(operator, env.services, email);
  await runAs(env.database.db, platformJob('create-operator'), ({ tx }) =>
    addPlatformOperator(tx, state.user.id),
  );
  await operator.call((api) =>
    api.account.switchOrganization({ organizationId: PLATFORM_ORGANIZATION_ID }),
  );
  await enrolMfa(operator, env.services.clock);
  return operator;
}

/**
 * A vendor invited by `hospital` for `systemIds`, signed up from the mailed link with a new vendor
 * organization and MFA enrolled: the two now share a workspace.
 */
export async function connectVendor(
  env: TestEnvironment,
  hospital: SignedUpOrganization,
  vendor: { email: string; organizationName: string; displayName?: string; systemIds: string[] },
): Promise<SignedUpOrganization & { workspaceId: string; invitationId: string }> {
  const invitation = await hospital.client.call((api) =>
    api.invitations.createVendor({ email: vendor.email, systemIds: vendor.systemIds }),
  );
  const mail = await env.sink.waitFor((m) => m.to.includes(vendor.email));
  const token = /token=([a-z0-9]+)/.exec(mail.text)?.[1] ?? '';
  const client = new TestClient(env.services);
  await client.call((api) =>
    api.auth.signUp({
      email: vendor.email,
      password: TEST_PASSWORD,
      displayName: vendor.displayName ?? `${vendor.organizationName} 担当`,
      locale: 'ja',
    }),
  );
  const state = await confirmSignUp(client, env.services, vendor.email);
  const accepted = await client.call((api) =>
    api.invitations.accept({ token, vendor: { newOrganizationName: vendor.organizationName } }),
  );
  const mfaSecret = await enrolMfa(client, env.services.clock);
  return {
    client,
    organizationId: accepted.organizationId,
    userId: state.user.id,
    email: vendor.email,
    password: TEST_PASSWORD,
    mfaSecret,
    workspaceId: accepted.workspaceId ?? '',
    invitationId: invitation.id,
  };
}
