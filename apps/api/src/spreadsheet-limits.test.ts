import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectVendor,
  createTestEnvironment,
  signUpOrganization,
  type SignedUpOrganization,
  type TestEnvironment,
} from '@bunkai/api/testing';
import { syncBundledCatalogs } from '@bunkai/core';
import { testDatabaseModes } from '@bunkai/db/testing';
import { createApp } from './app';

interface Issue {
  messages: { ja: string; en: string };
}
interface Outcome {
  result: { data: { json: { ok: boolean; issues?: Issue[] } } };
}

/** A workbook whose one sheet holds 'x' in each of `refs`: a few bytes naming a huge range. */
async function sparseWorkbook(sheetName: string, refs: string[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(sheetName);
  for (const ref of refs) ws.getCell(ref).value = 'x';
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

describe.each(testDatabaseModes())('crafted spreadsheets over HTTP on %s', (mode) => {
  let env: TestEnvironment;
  let app: ReturnType<typeof createApp>;
  let hospital: SignedUpOrganization;
  let workspaceId: string;
  let matrixId: string;

  const upload = async (procedure: string, input: object): Promise<Response> =>
    app.request(`/trpc/${procedure}`, {
      method: 'POST',
      headers: {
        host: 'localhost',
        origin: 'http://localhost',
        'content-type': 'application/json',
        cookie: `bunkai_session=${hospital.client.sessionToken ?? ''}`,
      },
      body: JSON.stringify({ json: input }),
    });

  /** Runs `work` while /healthz is asked every 20 ms; the slowest health answer, in ms. */
  async function healthWhile(
    work: Promise<Response>,
  ): Promise<{ answer: Response; worst: number }> {
    const progress = { done: false };
    let worst = 0;
    const probe = (async () => {
      while (!progress.done) {
        const started = performance.now();
        const health = await app.request('/healthz', { headers: { host: 'localhost' } });
        expect(health.status).toBe(200);
        worst = Math.max(worst, performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const answer = await work.finally(() => {
      progress.done = true;
    });
    await probe;
    return { answer, worst };
  }

  beforeAll(async () => {
    env = await createTestEnvironment(mode);
    app = createApp({ services: env.services, webDist: null });
    await syncBundledCatalogs(env.database.db);
    hospital = await signUpOrganization(
      env.services,
      { kind: 'hospital', name: '表計算病院' },
      'owner@sheets.test',
    );
    const system = await hospital.client.call((api) =>
      api.systems.create({ name: '電子カルテ', category: 'ehr', serviceType: 'cloud' }),
    );
    const vendor = await connectVendor(env, hospital, {
      email: 'security@sheets-vendor.test',
      organizationName: '株式会社シート',
      systemIds: [system.id],
    });
    workspaceId = vendor.workspaceId;
    const catalogs = await hospital.client.call((api) => api.catalogs.list());
    const versionId =
      catalogs.find((c) => c.code === 'mhlw-gl')?.versions.find((v) => v.label === '6.0')?.id ?? '';
    ({ matrixId } = await hospital.client.call((api) =>
      api.matrix.create({ workspaceId, systemId: system.id, catalogVersionId: versionId }),
    ));
  });
  afterAll(() => env.close());

  it('refuses a catalog sheet reaching column XFD by the column limit, health answering meanwhile', async () => {
    const before = await hospital.client.call((api) => api.catalogs.list());
    const contentBase64 = await sparseWorkbook('requirements', ['A1', 'B1', 'XFD2', 'A1500']);
    const { answer, worst } = await healthWhile(
      upload('catalogs.importPreview', { format: 'xlsx', fileName: 'crafted.xlsx', contentBase64 }),
    );
    expect(answer.status).toBe(200);
    const outcome = ((await answer.json()) as Outcome).result.data.json;
    expect(outcome.ok).toBe(false);
    expect(outcome.issues?.[0]?.messages.ja).toContain('列数が上限');
    expect(outcome.issues?.[0]?.messages.en).toContain('more columns than the limit');
    expect(worst).toBeLessThan(2000);
    expect(await hospital.client.call((api) => api.catalogs.list())).toEqual(before);
  });

  it('reads a 確認表 sheet down to row 10000 (A1, A10000) and answers what is wrong, changing nothing', async () => {
    const rows = () => hospital.client.call((api) => api.matrix.rows({ workspaceId, matrixId }));
    const before = await rows();
    const contentBase64 = await sparseWorkbook('電子カルテ', ['A1', 'A10000']);
    const { answer, worst } = await healthWhile(
      upload('matrix.importPreview', {
        workspaceId,
        matrixId,
        format: 'xlsx',
        fileName: 'crafted.xlsx',
        contentBase64,
      }),
    );
    expect(answer.status).toBe(200);
    const outcome = ((await answer.json()) as Outcome).result.data.json;
    expect(outcome.ok).toBe(false);
    expect(outcome.issues?.[0]?.messages.ja).toContain('見出し行が見つかりません');
    expect(worst).toBeLessThan(2000);
    expect(await rows()).toEqual(before);
  });

  it('refuses a 確認表 sheet reaching row 100000 by the row limit', async () => {
    const contentBase64 = await sparseWorkbook('電子カルテ', ['A1', 'A100000']);
    const answer = await upload('matrix.importPreview', {
      workspaceId,
      matrixId,
      format: 'xlsx',
      fileName: 'crafted.xlsx',
      contentBase64,
    });
    const outcome = ((await answer.json()) as Outcome).result.data.json;
    expect(outcome.ok).toBe(false);
    expect(outcome.issues?.[0]?.messages.ja).toContain('行数が上限');
    expect(outcome.issues?.[0]?.messages.en).toContain('more rows than the limit');
  });
});
