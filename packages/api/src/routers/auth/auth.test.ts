import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseModes } from '@bunkai/db/testing';
import type { MailSink } from '@bunkai/mail/sink';
import {
  createTestEnvironment,
  type TestEnvironment,
  enrolMfa,
  confirmSignUp,
  signUpOrganization,
  TEST_PASSWORD,
  TestClient,
  totpCode,
} from '../../testing';

describe.each(testDatabaseModes())('accounts on %s', (mode) => {
  let env: TestEnvironment;
  let sink: MailSink;
  let services: TestEnvironment['services'];

  beforeAll(async () => {
    env = await createTestEnvironment(mode);
    ({ sink, services } = env);
  });
  afterAll(() => env.close());

  it('requires an owner to set up MFA before using the organization', async () => {
    const owner = new TestClient(services);
    await owner.call((api) =>
      api.auth.signUp({
        email: 'owner@mfa.test',
        password: TEST_PASSWORD,
        displayName: '院長',
        locale: 'ja',
        organization: { kind: 'hospital', name: 'MFA病院', sizeClass: 'clinic' },
      }),
    );
    await confirmSignUp(owner, services, 'owner@mfa.test');
    await expect(owner.call((api) => api.systems.list())).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('二要素認証') as unknown,
    });
    await enrolMfa(owner, services.clock);
    await expect(owner.call((api) => api.systems.list())).resolves.toEqual([]);
  });

  it('asks for the second factor at sign-in and takes each code once', async () => {
    const person = await signUpOrganization(
      services,
      { kind: 'vendor', name: '二段階社' },
      'two@step.test',
    );
    const laptop = new TestClient(services, '198.51.100.20');
    const state = await laptop.call((api) =>
      api.auth.signIn({ email: 'TWO@step.test', password: TEST_PASSWORD }),
    );
    expect(state.mfaPending).toBe(true);
    await expect(laptop.call((api) => api.workspaces.list())).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    const code = totpCode(person.mfaSecret, services.clock.now());
    await laptop.call((api) => api.auth.verifyMfa({ code }));
    await expect(laptop.call((api) => api.workspaces.list())).resolves.toEqual([]);

    // The same code on another device in the same 30 s is refused.
    const phone = new TestClient(services, '198.51.100.21');
    await phone.call((api) => api.auth.signIn({ email: 'two@step.test', password: TEST_PASSWORD }));
    await expect(phone.call((api) => api.auth.verifyMfa({ code }))).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });

    // Sessions: both listed; "sign out the others" ends the laptop's.
    const sessions = await person.client.call((api) => api.account.sessions());
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    expect(sessions.length).toBeGreaterThanOrEqual(3);
    await person.client.call((api) => api.account.signOutOthers());
    await expect(laptop.call((api) => api.workspaces.list())).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    expect(await person.client.call((api) => api.account.sessions())).toHaveLength(1);
    const log = await person.client.call((api) => api.organization.auditLog({ limit: 20 }));
    const signIns = log.entries.filter((e) => e.action === 'account.sign_in');
    expect(signIns.map((e) => e.ipAddress).sort()).toEqual(['198.51.100.20', '198.51.100.21']);
  });

  it('resets a password by mailed link without signing in or skipping MFA', async () => {
    const person = await signUpOrganization(
      services,
      { kind: 'vendor', name: '忘却社' },
      'forgot@reset.test',
    );
    const stranger = new TestClient(services, '198.51.100.30');
    await stranger.call((api) => api.auth.requestPasswordReset({ email: 'forgot@reset.test' }));
    await stranger.call((api) => api.auth.requestPasswordReset({ email: 'nobody@reset.test' }));
    const mail = await sink.waitFor(
      (m) => m.to.includes('forgot@reset.test') && m.text.includes('reset-password'),
    );
    await services.mail.drain();
    expect(sink.messages().filter((m) => m.to.includes('nobody@reset.test'))).toEqual([]);
    const token = /reset-password\?token=([a-z0-9]+)/.exec(mail.text)?.[1] ?? '';

    await expect(
      stranger.call((api) => api.auth.resetPassword({ token, password: 'password' })),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('よく使われる') as unknown,
    });
    const newPassword = 'atarashii-pass-2026-Nagoya';
    await stranger.call((api) => api.auth.resetPassword({ token, password: newPassword }));
    expect(stranger.sessionToken).toBeNull();
    await expect(
      stranger.call((api) => api.auth.resetPassword({ token, password: newPassword })),
    ).rejects.toMatchObject({ message: expect.stringContaining('使用済み') as unknown });

    // Every earlier session ended; signing in with the new password still asks for the code.
    await expect(person.client.call((api) => api.auth.me())).resolves.toBeNull();
    const state = await stranger.call((api) =>
      api.auth.signIn({ email: 'forgot@reset.test', password: newPassword }),
    );
    expect(state.mfaPending).toBe(true);
  });

  it('lets an admin invite a colleague with a role no higher than their own', async () => {
    const admin = await signUpOrganization(
      services,
      { kind: 'hospital', name: '同僚病院' },
      'head@colleague.test',
    );
    await admin.client.call((api) =>
      api.invitations.createColleague({
        email: 'nurse@colleague.test',
        role: 'member',
        audience: 'staff',
      }),
    );
    const mail = await sink.waitFor((m) => m.to.includes('nurse@colleague.test'));
    const token = /token=([a-z0-9]+)/.exec(mail.text)?.[1] ?? '';
    const nurse = new TestClient(services, '198.51.100.40');
    await nurse.call((api) =>
      api.auth.signUp({
        email: 'nurse@colleague.test',
        password: TEST_PASSWORD,
        displayName: '看護師',
        locale: 'ja',
      }),
    );
    await confirmSignUp(nurse, services, 'nurse@colleague.test');
    const accepted = await nurse.call((api) => api.invitations.accept({ token }));
    expect(accepted).toMatchObject({ kind: 'colleague', organizationId: admin.organizationId });
    const members = await admin.client.call((api) => api.organization.members());
    expect(members.map((m) => [m.email, m.role, m.audience])).toContainEqual([
      'nurse@colleague.test',
      'member',
      'staff',
    ]);
    // A member cannot invite; nobody invites above their own role.
    await expect(
      nurse.call((api) =>
        api.invitations.createColleague({ email: 'x@colleague.test', role: 'viewer' }),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const log = await admin.client.call((api) => api.organization.auditLog({ limit: 50 }));
    expect(log.entries.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'organization.create',
        'account.mfa_enable',
        'invitation.create',
        'member.join',
        'invitation.accept',
      ]),
    );
  });
});
