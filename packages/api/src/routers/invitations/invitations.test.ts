import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseModes } from '@bunkai/db/testing';
import type { MailSink } from '@bunkai/mail/sink';
import {
  confirmSignUp,
  createTestEnvironment,
  type TestEnvironment,
  enrolMfa,
  signUpOrganization,
  TEST_PASSWORD,
  TestClient,
  totpCode,
  type SignedUpOrganization,
} from '../../testing';

/** The token in the accept link of the newest mail to `to`. */
async function acceptToken(sink: MailSink, to: string): Promise<string> {
  const mail = await sink.waitFor(
    (m) => m.to.includes(to) && m.text.includes('invitations/accept'),
  );
  const match = /invitations\/accept\?token=([a-z0-9]+)/.exec(mail.text);
  if (!match?.[1]) throw new Error(`no accept link in: ${mail.text}`);
  sink.clear();
  return match[1];
}

describe.each(testDatabaseModes())('vendor invitations on %s', (mode) => {
  let env: TestEnvironment;
  let sink: MailSink;
  let services: TestEnvironment['services'];
  let hospital: SignedUpOrganization;
  let systemId: string;

  beforeAll(async () => {
    env = await createTestEnvironment(mode);
    ({ sink, services } = env);
    hospital = await signUpOrganization(
      services,
      { kind: 'hospital', name: '市立テスト病院' },
      'security@hospital.test',
    );
    const system = await hospital.client.call((api) =>
      api.systems.create({ name: '電子カルテ', category: 'ehr', serviceType: 'on_premise' }),
    );
    systemId = system.id;
  });
  afterAll(() => env.close());

  it('lets a vendor sign up from the mailed link and share a workspace with the hospital', async () => {
    await hospital.client.call((api) =>
      api.invitations.createVendor({ email: 'Sales@Vendor.test', systemIds: [systemId] }),
    );
    const mail = await sink.waitFor((m) => m.to.includes('sales@vendor.test'));
    expect(mail.subject).toContain('市立テスト病院');
    const token = await acceptToken(sink, 'sales@vendor.test');

    const vendor = new TestClient(services, '198.51.100.7');
    const preview = await vendor.call((api) => api.invitations.preview({ token }));
    expect(preview).toMatchObject({
      kind: 'vendor',
      organizationName: '市立テスト病院',
      systemNames: ['電子カルテ'],
      status: 'pending',
    });
    await vendor.call((api) =>
      api.auth.signUp({
        email: 'sales@vendor.test',
        password: TEST_PASSWORD,
        displayName: '営業 太郎',
        locale: 'ja',
      }),
    );
    await confirmSignUp(vendor, services, 'sales@vendor.test');
    const accepted = await vendor.call((api) =>
      api.invitations.accept({ token, vendor: { newOrganizationName: '株式会社テストベンダー' } }),
    );
    expect(accepted.kind).toBe('vendor');
    // The new vendor owner must enrol MFA before using the organization.
    await enrolMfa(vendor, services.clock);

    const seenByVendor = await vendor.call((api) => api.workspaces.list());
    const seenByHospital = await hospital.client.call((api) => api.workspaces.list());
    expect(seenByVendor).toEqual([
      expect.objectContaining({
        id: accepted.workspaceId,
        side: 'vendor',
        hospital: expect.objectContaining({ name: '市立テスト病院' }) as unknown,
        systems: [expect.objectContaining({ name: '電子カルテ' })],
      }),
    ]);
    expect(seenByHospital).toEqual([
      expect.objectContaining({
        id: accepted.workspaceId,
        side: 'hospital',
        vendor: expect.objectContaining({ name: '株式会社テストベンダー' }) as unknown,
      }),
    ]);

    // A used link is no longer valid, for accepting and for looking at it.
    await expect(
      vendor.call((api) =>
        api.invitations.accept({ token, vendor: { newOrganizationName: 'もう一つ' } }),
      ),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('この招待は無効になりました') as unknown,
    });
    const stranger = new TestClient(services, '198.51.100.17');
    const used = stranger.call((api) => api.invitations.preview({ token }));
    await expect(used).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(used).rejects.not.toMatchObject({
      message: expect.stringContaining('市立テスト病院') as unknown,
    });
    const invitations = await hospital.client.call((api) => api.invitations.list());
    expect(invitations[0]?.status).toBe('accepted');
  });

  it('refuses to invite an address of the inviting organization, with a field error', async () => {
    const own = hospital.client.call((api) =>
      api.invitations.createVendor({ email: 'Security@Hospital.test', systemIds: [systemId] }),
    );
    await expect(own).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('ご自身のメールアドレス') as unknown,
      cause: expect.objectContaining({
        field: 'email',
        messages: expect.objectContaining({
          en: expect.stringContaining('your own') as unknown,
        }) as unknown,
      }) as unknown,
    });
    await expect(
      hospital.client.call((api) =>
        api.invitations.createColleague({ email: 'security@hospital.test', role: 'member' }),
      ),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: expect.objectContaining({ field: 'email' }) as unknown,
    });

    // A colleague who joined is a member: inviting them again, even as a vendor, is refused.
    await hospital.client.call((api) =>
      api.invitations.createColleague({ email: 'nurse@hospital.test', role: 'member' }),
    );
    const colleagueToken = await acceptToken(sink, 'nurse@hospital.test');
    const nurse = new TestClient(services, '198.51.100.20');
    await nurse.call((api) =>
      api.auth.signUp({
        email: 'nurse@hospital.test',
        password: TEST_PASSWORD,
        displayName: '看護 花子',
        locale: 'ja',
      }),
    );
    await confirmSignUp(nurse, services, 'nurse@hospital.test');
    await nurse.call((api) => api.invitations.accept({ token: colleagueToken }));
    await expect(
      hospital.client.call((api) =>
        api.invitations.createVendor({ email: 'NURSE@hospital.test', systemIds: [systemId] }),
      ),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('既にこの組織のメンバー') as unknown,
      cause: expect.objectContaining({ field: 'email' }) as unknown,
    });
  });

  it('shows a pending link only to its address or to someone outside any other organization', async () => {
    await hospital.client.call((api) =>
      api.invitations.createVendor({ email: 'quiet@vendor.test', systemIds: [systemId] }),
    );
    const token = await acceptToken(sink, 'quiet@vendor.test');
    // Signed out: the invitation is shown.
    const anonymous = new TestClient(services, '198.51.100.21');
    await expect(
      anonymous.call((api) => api.invitations.preview({ token })),
    ).resolves.toMatchObject({ organizationName: '市立テスト病院', status: 'pending' });
    // A signed-in member of another organization, not the invited address: not found.
    const rival = await signUpOrganization(
      services,
      { kind: 'hospital', name: '別の病院' },
      'ciso@rival-hospital.test',
      '198.51.100.22',
    );
    for (const call of [
      rival.client.call((api) => api.invitations.preview({ token })),
      rival.client.call((api) =>
        api.invitations.accept({ token, vendor: { newOrganizationName: '乗っ取り社' } }),
      ),
    ]) {
      await expect(call).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: expect.stringContaining('この招待は無効になりました') as unknown,
      });
      await expect(call).rejects.not.toMatchObject({
        message: expect.stringContaining('quiet@vendor.test') as unknown,
      });
    }
    // Revoked: nobody sees it any more, not even its address.
    const [pending] = (await hospital.client.call((api) => api.invitations.list())).filter(
      (i) => i.email === 'quiet@vendor.test',
    );
    await hospital.client.call((api) =>
      api.invitations.revoke({ invitationId: pending?.id ?? '' }),
    );
    await expect(anonymous.call((api) => api.invitations.preview({ token }))).rejects.toMatchObject(
      {
        code: 'NOT_FOUND',
        message: expect.stringContaining('この招待は無効になりました') as unknown,
      },
    );
  });

  it('refuses an expired link, another address and a revoked invitation', async () => {
    await hospital.client.call((api) =>
      api.invitations.createVendor({ email: 'late@vendor.test', systemIds: [systemId] }),
    );
    const lateToken = await acceptToken(sink, 'late@vendor.test');
    const other = new TestClient(services, '198.51.100.8');
    await other.call((api) =>
      api.auth.signUp({
        email: 'other@vendor.test',
        password: TEST_PASSWORD,
        displayName: '別人',
        locale: 'ja',
      }),
    );
    await confirmSignUp(other, services, 'other@vendor.test');
    await expect(
      other.call((api) =>
        api.invitations.accept({ token: lateToken, vendor: { newOrganizationName: '他社' } }),
      ),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('late@vendor.test') as unknown,
    });

    services.clock.advance(7 * 24 * 60 * 60 * 1000 + 1000);
    const late = new TestClient(services, '198.51.100.9');
    await late.call((api) =>
      api.auth.signUp({
        email: 'late@vendor.test',
        password: TEST_PASSWORD,
        displayName: '遅刻',
        locale: 'ja',
      }),
    );
    await confirmSignUp(late, services, 'late@vendor.test');
    await expect(
      late.call((api) =>
        api.invitations.accept({ token: lateToken, vendor: { newOrganizationName: '遅刻社' } }),
      ),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('無効になりました') as unknown,
    });
    await expect(
      late.call((api) => api.invitations.preview({ token: lateToken })),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // Resending issues a new link valid for 7 more days; revoking closes it.
    const hospitalAgain = hospital.client;
    // The hospital's session has idled out after 7 days: sign in again with MFA.
    await hospitalAgain.call((api) =>
      api.auth.signIn({ email: hospital.email, password: TEST_PASSWORD }),
    );
    await hospitalAgain.call((api) =>
      api.auth.verifyMfa({ code: totpCode(hospital.mfaSecret, services.clock.now()) }),
    );
    const [pending] = (await hospitalAgain.call((api) => api.invitations.list())).filter(
      (i) => i.email === 'late@vendor.test',
    );
    expect(pending?.status).toBe('expired');
    await hospitalAgain.call((api) => api.invitations.resend({ invitationId: pending?.id ?? '' }));
    const freshToken = await acceptToken(sink, 'late@vendor.test');
    await hospitalAgain.call((api) => api.invitations.revoke({ invitationId: pending?.id ?? '' }));
    await expect(
      late.call((api) =>
        api.invitations.accept({ token: freshToken, vendor: { newOrganizationName: '遅刻社' } }),
      ),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('無効になりました') as unknown,
    });
  });
});
