import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncBundledCatalogs } from '@bunkai/core';
import { sql } from '@bunkai/db';
import { testDatabaseModes } from '@bunkai/db/testing';
import {
  connectVendor,
  createTestEnvironment,
  signUpOrganization,
  type SignedUpOrganization,
  type TestEnvironment,
} from '../../testing';

type Party = SignedUpOrganization;

describe.each(testDatabaseModes())('the responsibility matrix on %s', (mode) => {
  let env: TestEnvironment;
  let hospital: Party;
  let vendor: Party & { workspaceId: string };
  let systemId: string;
  let versionId: string;
  let matrixId: string;
  let workspaceId: string;

  const rowsOf = (party: Party) =>
    party.client.call((api) => api.matrix.rows({ workspaceId, matrixId }));
  const rowByCode = async (party: Party, code: string) => {
    const row = (await rowsOf(party)).find((r) => r.code === code);
    if (!row) throw new Error(`no row ${code}`);
    return row;
  };
  const pick = (row: { id: string; revision: number }) => ({ id: row.id, revision: row.revision });

  beforeAll(async () => {
    env = await createTestEnvironment(mode);
    await syncBundledCatalogs(env.database.db);
    hospital = await signUpOrganization(
      env.services,
      { kind: 'hospital', name: '県立みなと病院' },
      'ciso@minato.test',
    );
    const system = await hospital.client.call((api) =>
      api.systems.create({ name: '電子カルテ', category: 'ehr', serviceType: 'cloud' }),
    );
    systemId = system.id;
    vendor = await connectVendor(env, hospital, {
      email: 'security@medsys.test',
      organizationName: '株式会社メドシス',
      displayName: '事業者 花子',
      systemIds: [systemId],
    });
    workspaceId = vendor.workspaceId;
    const catalogs = await hospital.client.call((api) => api.catalogs.list());
    const gl = catalogs.find((c) => c.code === 'mhlw-gl');
    versionId = gl?.versions.find((v) => v.label === '6.0')?.id ?? '';
    ({ matrixId } = await hospital.client.call((api) =>
      api.matrix.create({ workspaceId, systemId, catalogVersionId: versionId }),
    ));
  });
  afterAll(() => env.close());

  it('starts a 6.0 matrix from the default owner sides, one row per requirement (no headings)', async () => {
    const rows = await rowsOf(hospital);
    expect(rows.length).toBe(63);
    expect(rows.every((r) => r.status === 'draft')).toBe(true);
    const kk01 = rows.find((r) => r.code === 'MHLW6-KK-01');
    expect(kk01).toMatchObject({
      ownerSide: 'hospital',
      chapterCode: '6.0-KEI-1',
      awaiting: 'both',
    });
    expect(rows.find((r) => r.code === '6.0-KEI')).toBeUndefined();
    // The vendor sees the same matrix from its side.
    const summary = await vendor.client.call((api) => api.matrix.get({ workspaceId, matrixId }));
    expect(summary).toMatchObject({ side: 'vendor', system: { name: '電子カルテ' } });
    expect(summary.counts.total).toBe(63);
    expect(summary.counts.byOwner.hospital + summary.counts.byOwner.shared).toBeGreaterThan(0);
    const again = hospital.client.call((api) =>
      api.matrix.create({ workspaceId, systemId, catalogVersionId: versionId }),
    );
    await expect(again).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('leaves out requirements that do not apply to the system’s service type', async () => {
    const onPremise = await hospital.client.call((api) =>
      api.systems.create({
        name: '部門システム',
        category: 'departmental',
        serviceType: 'on_premise',
      }),
    );
    // As the owner: the vendor would add it by accepting another invitation.
    await env.database.db.execute(
      sql`insert into workspace_system (workspace_id, system_id) values (${workspaceId}, ${onPremise.id})`,
    );
    const created = await hospital.client.call((api) =>
      api.matrix.create({ workspaceId, systemId: onPremise.id, catalogVersionId: versionId }),
    );
    const rows = await hospital.client.call((api) =>
      api.matrix.rows({ workspaceId, matrixId: created.matrixId }),
    );
    // MHLW6-KA-16 (cloud service management) applies to cloud and hybrid systems only.
    expect(rows.length).toBe(62);
    expect(rows.map((r) => r.code)).not.toContain('MHLW6-KA-16');
    expect((await rowsOf(hospital)).map((r) => r.code)).toContain('MHLW6-KA-16');
  });

  it('runs propose → agree, reopens an agreed row on any change, and keeps every step', async () => {
    let row = await rowByCode(hospital, 'MHLW6-KK-04');
    [row] = (await hospital.client.call((api) =>
      api.matrix.updateRows({
        workspaceId,
        matrixId,
        rows: [pick(row)],
        changes: { hospitalDuty: '非常時連絡網を整備する', vendorDuty: '24時間窓口を提供する' },
      }),
    )) as [typeof row];
    [row] = (await hospital.client.call((api) =>
      api.matrix.transition({ workspaceId, matrixId, rows: [pick(row)], action: 'propose' }),
    )) as [typeof row];
    expect(row).toMatchObject({ status: 'proposed', awaiting: 'vendor' });
    expect(row.hospitalConfirmation?.name).toBe('県立みなと病院 担当');
    // The proposer cannot agree to its own proposal.
    const selfAgree = hospital.client.call((api) =>
      api.matrix.transition({ workspaceId, matrixId, rows: [pick(row)], action: 'agree' }),
    );
    await expect(selfAgree).rejects.toMatchObject({ code: 'BAD_REQUEST' });

    [row] = (await vendor.client.call((api) =>
      api.matrix.transition({ workspaceId, matrixId, rows: [pick(row)], action: 'agree' }),
    )) as [typeof row];
    expect(row).toMatchObject({ status: 'agreed', awaiting: 'none' });
    expect(row.hospitalConfirmation?.name).toBe('県立みなと病院 担当');
    expect(row.vendorConfirmation?.name).toBe('事業者 花子');

    // Any change to an agreed row reopens it and clears both confirmations.
    [row] = (await vendor.client.call((api) =>
      api.matrix.updateRows({
        workspaceId,
        matrixId,
        rows: [pick(row)],
        changes: { dueDate: '2027-03-31' },
      }),
    )) as [typeof row];
    expect(row).toMatchObject({
      status: 'needs_review',
      hospitalConfirmation: null,
      vendorConfirmation: null,
      dueDate: '2027-03-31',
    });

    const { activity } = await hospital.client.call((api) =>
      api.matrix.row({ workspaceId, matrixId, rowId: row.id }),
    );
    expect(activity.map((a) => [a.action, a.side])).toEqual([
      ['updated', 'hospital'],
      ['proposed', 'hospital'],
      ['agreed', 'vendor'],
      ['reopened', 'vendor'],
    ]);
    expect(activity[3]?.changes).toEqual({
      dueDate: { from: null, to: '2027-03-31' },
      status: { from: 'agreed', to: 'needs_review' },
    });
    expect(activity[0]?.changes.hospitalDuty).toEqual({ from: '', to: '非常時連絡網を整備する' });

    // Both organizations' audit logs receive the mutations.
    for (const party of [hospital, vendor]) {
      const log = await party.client.call((api) => api.organization.auditLog({ limit: 50 }));
      const actions = log.entries.map((e) => e.action);
      expect(actions).toEqual(
        expect.arrayContaining([
          'matrix.create',
          'matrix.rows.update',
          'matrix.rows.propose',
          'matrix.rows.agree',
        ]),
      );
    }
  });

  it('disputes with a comment, waits for the proposer, and settles', async () => {
    let row = await rowByCode(vendor, 'MHLW6-KK-06');
    [row] = (await hospital.client.call((api) =>
      api.matrix.transition({ workspaceId, matrixId, rows: [pick(row)], action: 'propose' }),
    )) as [typeof row];
    env.services.clock.advance(1000);
    const disputed = await vendor.client.call((api) =>
      api.matrix.dispute({
        workspaceId,
        matrixId,
        row: pick(row),
        comment: '選定基準の提示は当社でも分担します',
      }),
    );
    expect(disputed).toMatchObject({ status: 'disputed', awaiting: 'hospital', commentCount: 1 });
    const emptyReason = vendor.client.call((api) =>
      api.matrix.dispute({ workspaceId, matrixId, row: pick(disputed), comment: ' ' }),
    );
    await expect(emptyReason).rejects.toMatchObject({ code: 'BAD_REQUEST' });

    env.services.clock.advance(1000);
    const [changed] = await hospital.client.call((api) =>
      api.matrix.updateRows({
        workspaceId,
        matrixId,
        rows: [pick(disputed)],
        changes: { ownerSide: 'shared', vendorDuty: '選定基準の資料を提示する' },
      }),
    );
    expect(changed).toMatchObject({ status: 'needs_review', ownerSide: 'shared' });
    const [proposed] = await hospital.client.call((api) =>
      api.matrix.transition({
        workspaceId,
        matrixId,
        rows: [pick(changed ?? disputed)],
        action: 'propose',
      }),
    );
    const [agreed] = await vendor.client.call((api) =>
      api.matrix.transition({
        workspaceId,
        matrixId,
        rows: [pick(proposed ?? disputed)],
        action: 'agree',
      }),
    );
    expect(agreed?.status).toBe('agreed');
    const { activity } = await vendor.client.call((api) =>
      api.matrix.row({ workspaceId, matrixId, rowId: row.id }),
    );
    expect(activity.map((a) => a.action)).toEqual([
      'proposed',
      'disputed',
      'comment',
      'updated',
      'proposed',
      'agreed',
    ]);
    expect(activity[2]).toMatchObject({
      body: '選定基準の提示は当社でも分担します',
      side: 'vendor',
    });
  });

  it('refuses a change based on a stale revision and changes nothing', async () => {
    const row = await rowByCode(hospital, 'MHLW6-KK-08');
    await vendor.client.call((api) =>
      api.matrix.updateRows({
        workspaceId,
        matrixId,
        rows: [pick(row)],
        changes: { vendorDuty: 'リスク評価の資料を提供する' },
      }),
    );
    const stale = hospital.client.call((api) =>
      api.matrix.updateRows({
        workspaceId,
        matrixId,
        rows: [pick(row)],
        changes: { vendorDuty: '上書き' },
      }),
    );
    await expect(stale).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(stale).rejects.toThrow(/MHLW6-KK-08/);
    expect((await rowByCode(hospital, 'MHLW6-KK-08')).vendorDuty).toBe(
      'リスク評価の資料を提供する',
    );
  });

  it('does not propose a row without an owner side, and rejects bad input naming the field', async () => {
    const row = await rowByCode(hospital, 'MHLW6-KK-02');
    const [unowned] = await hospital.client.call((api) =>
      api.matrix.updateRows({
        workspaceId,
        matrixId,
        rows: [pick(row)],
        changes: { ownerSide: null },
      }),
    );
    const propose = hospital.client.call((api) =>
      api.matrix.transition({
        workspaceId,
        matrixId,
        rows: [pick(unowned ?? row)],
        action: 'propose',
      }),
    );
    await expect(propose).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(propose).rejects.toThrow(/責任主体/);
    const badDate = hospital.client.call((api) =>
      api.matrix.updateRows({
        workspaceId,
        matrixId,
        rows: [pick(unowned ?? row)],
        changes: { dueDate: '2027/13/01' },
      }),
    );
    await expect(badDate).rejects.toThrow(/dueDate.*完了日.*due date/s);
  });

  it('mails the people a comment mentions, and refuses to mention outsiders', async () => {
    const row = await rowByCode(hospital, 'MHLW6-KK-04');
    const [vendorPerson] = (
      await hospital.client.call((api) => api.matrix.participants({ workspaceId }))
    ).filter((p) => p.side === 'vendor');
    expect(vendorPerson?.name).toBe('事業者 花子');
    env.sink.clear();
    const result = await hospital.client.call((api) =>
      api.matrix.comment({
        workspaceId,
        matrixId,
        rowId: row.id,
        body: '完了日を確認してください',
        mentionUserIds: [vendorPerson?.userId ?? ''],
      }),
    );
    expect(result.notified).toBe(1);
    const mail = await env.sink.waitFor(
      (m) => m.to.includes('security@medsys.test') && m.text.includes('/matrix/'),
    );
    expect(mail.subject).toContain('MHLW6-KK-04');
    expect(mail.text).toContain('完了日を確認してください');
    expect(mail.text).toContain(`/matrix/${workspaceId}/${matrixId}?row=${row.id}`);

    const outsider = await signUpOrganization(
      env.services,
      { kind: 'vendor', name: '無関係ベンダー' },
      'x@outsider.test',
    );
    const mention = hospital.client.call((api) =>
      api.matrix.comment({
        workspaceId,
        matrixId,
        rowId: row.id,
        body: 'hi',
        mentionUserIds: [outsider.userId],
      }),
    );
    await expect(mention).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('stores an uploaded evidence document by content type and reopens the agreed row', async () => {
    const row = await rowByCode(hospital, 'MHLW6-KK-06');
    expect(row.status).toBe('agreed');
    const pdf = Buffer.from('%PDF-1.7\n% 契約書 第12条\n%%EOF\n');
    const evidence = await vendor.client.call((api) =>
      api.matrix.addEvidence({
        workspaceId,
        matrixId,
        row: pick(row),
        kind: 'contract_clause',
        title: '保守契約 第12条',
        reference: '',
        file: { fileName: 'contract.pdf', contentBase64: pdf.toString('base64') },
      }),
    );
    expect(evidence.file?.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    const reopened = await rowByCode(hospital, 'MHLW6-KK-06');
    expect(reopened).toMatchObject({ status: 'needs_review', evidenceCount: 1 });
    const file = await hospital.client.call((api) =>
      api.matrix.evidenceFile({ workspaceId, matrixId, fileId: evidence.file?.id ?? '' }),
    );
    expect(Buffer.from(file.contentBase64, 'base64').equals(pdf)).toBe(true);
    expect(file.mimeType).toBe('application/pdf');
    const disguised = vendor.client.call((api) =>
      api.matrix.addEvidence({
        workspaceId,
        matrixId,
        row: pick(reopened),
        kind: 'document',
        title: '偽装',
        reference: '',
        file: {
          fileName: 'invoice.pdf',
          contentBase64: Buffer.from('MZ\x90\x00').toString('base64'),
        },
      }),
    );
    await expect(disguised).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect((await rowByCode(hospital, 'MHLW6-KK-06')).evidenceCount).toBe(1);
  });

  it('is signed by both sides once every row is agreed, and compares later changes', async () => {
    const early = hospital.client.call((api) => api.matrix.sign({ workspaceId, matrixId }));
    await expect(early).rejects.toMatchObject({ code: 'BAD_REQUEST' });

    const rows = await rowsOf(hospital);
    const unowned = rows.filter((r) => r.ownerSide === null);
    const owned = await hospital.client.call((api) =>
      api.matrix.updateRows({
        workspaceId,
        matrixId,
        rows: unowned.map(pick),
        changes: { ownerSide: 'hospital' },
      }),
    );
    expect(owned.length).toBe(unowned.length);
    const open = (await rowsOf(hospital)).filter(
      (r) => r.status !== 'agreed' && r.status !== 'proposed',
    );
    const proposed = await hospital.client.call((api) =>
      api.matrix.transition({ workspaceId, matrixId, rows: open.map(pick), action: 'propose' }),
    );
    const waiting = (await rowsOf(vendor)).filter((r) => r.awaiting === 'vendor');
    expect(waiting.length).toBe(proposed.length);
    await vendor.client.call((api) =>
      api.matrix.transition({ workspaceId, matrixId, rows: waiting.map(pick), action: 'agree' }),
    );
    const summary = await hospital.client.call((api) => api.matrix.get({ workspaceId, matrixId }));
    expect(summary.counts.agreedPercent).toBe(100);

    const first = await hospital.client.call((api) => api.matrix.sign({ workspaceId, matrixId }));
    expect(first).toMatchObject({ complete: false, current: true, rowCount: 63 });
    expect(first.hospital?.name).toBe('県立みなと病院 担当');
    const twice = hospital.client.call((api) => api.matrix.sign({ workspaceId, matrixId }));
    await expect(twice).rejects.toMatchObject({ code: 'CONFLICT' });
    // The vendor's owner signs the same content.
    const complete = await vendor.client.call((api) => api.matrix.sign({ workspaceId, matrixId }));
    expect(complete).toMatchObject({
      id: first.id,
      complete: true,
      contentHash: first.contentHash,
    });
    const signed = await vendor.client.call((api) => api.matrix.get({ workspaceId, matrixId }));
    expect(signed.signed).toMatchObject({ contentHash: first.contentHash, current: true });

    // The exported record carries content whose SHA-256 is the signed hash.
    const exported = await vendor.client.call((api) =>
      api.matrix.exportSnapshot({ workspaceId, matrixId, snapshotId: first.id }),
    );
    const doc = JSON.parse(Buffer.from(exported.contentBase64, 'base64').toString('utf8')) as {
      content: unknown;
      contentHash: string;
    };
    expect(createHash('sha256').update(JSON.stringify(doc.content)).digest('hex')).toBe(
      first.contentHash,
    );

    // A later change shows up against the snapshot.
    const row = await rowByCode(hospital, 'MHLW6-KK-01');
    await hospital.client.call((api) =>
      api.matrix.updateRows({
        workspaceId,
        matrixId,
        rows: [pick(row)],
        changes: { phase: 'operate' },
      }),
    );
    const comparison = await vendor.client.call((api) =>
      api.matrix.compareSnapshot({ workspaceId, matrixId, snapshotId: first.id }),
    );
    expect(comparison.current).toBe(false);
    expect(comparison.differences).toEqual([
      { code: 'MHLW6-KK-01', change: 'changed', fields: { phase: { from: null, to: 'operate' } } },
    ]);
    const after = await hospital.client.call((api) => api.matrix.get({ workspaceId, matrixId }));
    expect(after.signed?.current).toBe(false);
  });

  it('exports the 確認表 XLSX and imports it back, validating every row first', async () => {
    const exported = await hospital.client.call((api) =>
      api.matrix.export({ workspaceId, matrixId, format: 'xlsx' }),
    );
    expect(exported.fileName).toBe('責任分界表_電子カルテ_株式会社メドシス.xlsx');
    const workspaceFile = await hospital.client.call((api) =>
      api.matrix.export({ workspaceId, format: 'csv' }),
    );
    expect(workspaceFile.fileName).toBe(
      '責任分界表_県立みなと病院_株式会社メドシス_全システム.csv',
    );
    // Both systems of the workspace (the EHR and the on-premise departmental system) are in it.
    const csvText = Buffer.from(workspaceFile.contentBase64, 'base64').toString('utf8');
    expect(csvText).toContain('部門システム');
    expect(csvText).toContain('電子カルテ');
    const before = await rowsOf(hospital);
    // Change two rows, then bring the exported content back.
    const targets = before.filter((r) => ['MHLW6-KK-02', 'MHLW6-KK-03'].includes(r.code));
    await hospital.client.call((api) =>
      api.matrix.updateRows({
        workspaceId,
        matrixId,
        rows: targets.map(pick),
        changes: { ownerSide: 'vendor', hospitalDuty: '一時的な変更' },
      }),
    );
    const file = {
      format: 'xlsx' as const,
      fileName: exported.fileName,
      contentBase64: exported.contentBase64,
    };
    const preview = await hospital.client.call((api) =>
      api.matrix.importPreview({ workspaceId, matrixId, ...file }),
    );
    expect(preview).toMatchObject({ ok: true, applied: false });
    expect(preview.changes.map((c) => c.code).sort()).toEqual(['MHLW6-KK-02', 'MHLW6-KK-03']);
    const imported = await hospital.client.call((api) =>
      api.matrix.import({ workspaceId, matrixId, ...file }),
    );
    expect(imported.applied).toBe(true);
    const after = await rowsOf(hospital);
    const content = (rows: typeof before) =>
      rows.map(({ code, ownerSide, phase, hospitalDuty, vendorDuty, dueDate }) => ({
        code,
        ownerSide,
        phase,
        hospitalDuty,
        vendorDuty,
        dueDate,
      }));
    expect(content(after)).toEqual(content(before));
    const { activity } = await hospital.client.call((api) =>
      api.matrix.row({ workspaceId, matrixId, rowId: targets[0]?.id ?? '' }),
    );
    expect(activity.at(-1)?.action).toBe('imported');
  });

  it('reports every bad row of an import and writes nothing', async () => {
    const csv = [
      '\uFEFFシステム,項番,項目,医療機関,事業者,対象外,フェーズ,医療機関の対応,事業者の対応,完了日',
      '電子カルテ,MHLW6-KK-01,x,○,,,運用,新しい対応,,2027-01-01',
      '電子カルテ,NO-SUCH-CODE,x,○,,,,,,',
      '電子カルテ,MHLW6-KK-02,x,○,,○,,,,',
      '電子カルテ,MHLW6-KK-03,x,,○,,そのうち,,,2027-02-30',
    ].join('\r\n');
    const before = await rowsOf(hospital);
    const outcome = await hospital.client.call((api) =>
      api.matrix.import({
        workspaceId,
        matrixId,
        format: 'csv',
        fileName: 'edited.csv',
        contentBase64: Buffer.from(csv).toString('base64'),
      }),
    );
    expect(outcome.ok).toBe(false);
    expect(outcome.applied).toBe(false);
    const rowsWithIssues = [...new Set(outcome.issues.map((i) => i.row))].sort();
    expect(rowsWithIssues).toEqual([4, 5]);
    for (const issue of outcome.issues) {
      expect(issue.messages.ja).toMatch(/[ぁ-んァ-ン一-龥]/);
      expect(issue.messages.en).toMatch(/[a-z]/);
    }
    // Unknown codes are checked once the file itself is valid.
    const unknown = await hospital.client.call((api) =>
      api.matrix.importPreview({
        workspaceId,
        matrixId,
        format: 'csv',
        fileName: 'edited.csv',
        contentBase64: Buffer.from(csv.split('\r\n').slice(0, 3).join('\r\n')).toString('base64'),
      }),
    );
    expect(unknown.issues).toEqual([expect.objectContaining({ row: 3, column: '項番' })]);
    expect(await rowsOf(hospital)).toEqual(before);
  });

  it('exports an OSCAL SSP of the system', async () => {
    const file = await vendor.client.call((api) =>
      api.matrix.export({ workspaceId, matrixId, format: 'oscal' }),
    );
    const ssp = JSON.parse(Buffer.from(file.contentBase64, 'base64').toString('utf8')) as {
      'system-security-plan': {
        'control-implementation': { 'implemented-requirements': unknown[] };
      };
    };
    expect(
      ssp['system-security-plan']['control-implementation']['implemented-requirements'].length,
    ).toBe(63);
  });

  it('shows the hospital each system across vendors, with gaps and overlaps', async () => {
    const second = await connectVendor(env, hospital, {
      email: 'ops@netservice.test',
      organizationName: 'ネットサービス株式会社',
      systemIds: [systemId],
    });
    const { matrixId: secondMatrix } = await second.client.call((api) =>
      api.matrix.create({ workspaceId: second.workspaceId, systemId, catalogVersionId: versionId }),
    );
    const secondRows = await second.client.call((api) =>
      api.matrix.rows({ workspaceId: second.workspaceId, matrixId: secondMatrix }),
    );
    const firstRows = await rowsOf(hospital);
    const code = (rows: typeof firstRows, c: string) => rows.filter((r) => r.code === c).map(pick);
    // KK-05: nobody carries it in either matrix → gap. SU-06: both vendors claim it alone → overlap.
    await hospital.client.call((api) =>
      api.matrix.updateRows({
        workspaceId,
        matrixId,
        rows: code(firstRows, 'MHLW6-KK-05'),
        changes: { ownerSide: null },
      }),
    );
    await second.client.call((api) =>
      api.matrix.updateRows({
        workspaceId: second.workspaceId,
        matrixId: secondMatrix,
        rows: code(secondRows, 'MHLW6-KK-05'),
        changes: { ownerSide: null },
      }),
    );
    await hospital.client.call((api) =>
      api.matrix.updateRows({
        workspaceId,
        matrixId,
        rows: code(firstRows, 'MHLW6-SU-06'),
        changes: { ownerSide: 'vendor' },
      }),
    );
    await second.client.call((api) =>
      api.matrix.updateRows({
        workspaceId: second.workspaceId,
        matrixId: secondMatrix,
        rows: code(secondRows, 'MHLW6-SU-06'),
        changes: { ownerSide: 'vendor' },
      }),
    );
    const view = await hospital.client.call((api) => api.matrix.combined({ systemId }));
    expect(view.matrices.map((m) => m.vendorName)).toEqual([
      'ネットサービス株式会社',
      '株式会社メドシス',
    ]);
    const finding = (c: string) => view.rows.find((r) => r.code === c)?.finding;
    expect(finding('MHLW6-KK-05')).toBe('gap');
    expect(finding('MHLW6-SU-06')).toBe('overlap');
    expect(finding('MHLW6-KK-01')).toBe('covered');
    expect(view.counts.gap).toBe(1);
    // The catalog's vendor-owned defaults are claimed by both vendors too, until they settle.
    const bothVendor = view.rows.filter((r) => r.cells.every((c) => c.ownerSide === 'vendor'));
    expect(bothVendor.map((r) => r.code)).toContain('MHLW6-SU-06');
    expect(view.counts.overlap).toBe(bothVendor.length);

    // Neither vendor sees the other's matrix, through any id.
    const foreign = second.client.call((api) =>
      api.matrix.rows({ workspaceId: second.workspaceId, matrixId }),
    );
    await expect(foreign).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const foreignWorkspace = second.client.call((api) =>
      api.matrix.updateRows({
        workspaceId,
        matrixId,
        rows: code(firstRows, 'MHLW6-KK-01'),
        changes: { ownerSide: 'vendor' },
      }),
    );
    await expect(foreignWorkspace).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const combinedByVendor = second.client.call((api) => api.matrix.combined({ systemId }));
    // A vendor organization has no systems of its own: the combined view is the hospital's.
    await expect(combinedByVendor).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
