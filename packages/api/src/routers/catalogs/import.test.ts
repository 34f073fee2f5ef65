import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedSp80053Shape, insertionBomb } from '@bunkai/catalogs/oscal-fixtures';
import { syncBundledCatalogs } from '@bunkai/core';
import { selectRows, sql } from '@bunkai/db';
import { testDatabaseModes } from '@bunkai/db/testing';
import {
  createTestEnvironment,
  signInPlatformOperator,
  signUpOrganization,
  type TestClient,
  type SignedUpOrganization,
  type TestEnvironment,
} from '../../testing';

const b64 = (content: string | Uint8Array) => Buffer.from(content).toString('base64');

describe.each(testDatabaseModes())('catalog import and export on %s', (mode) => {
  let env: TestEnvironment;
  let hospital: SignedUpOrganization;
  let operator: TestClient;

  const countRows = async () => {
    const [row] = await selectRows<{ n: number }>(
      env.database.db,
      sql`select (select count(*) from catalog_version) + (select count(*) from requirement) as n`,
    );
    return Number(row?.n);
  };

  /** Everything an import could write: catalogs, versions, requirements and audit events. */
  const written = async () =>
    (
      await selectRows<{
        catalogs: number;
        versions: number;
        requirements: number;
        events: number;
      }>(
        env.database.db,
        sql`select (select count(*)::int from catalog) as catalogs,
          (select count(*)::int from catalog_version) as versions,
          (select count(*)::int from requirement) as requirements,
          (select count(*)::int from audit_event) as events`,
      )
    )[0];

  beforeAll(async () => {
    env = await createTestEnvironment(mode);
    await syncBundledCatalogs(env.database.db);
    hospital = await signUpOrganization(
      env.services,
      { kind: 'hospital', name: '取込病院' },
      'admin@import.test',
    );
    operator = await signInPlatformOperator(env);
  });
  afterAll(() => env.close());

  it('refuses a malformed CSV with every bad row and column, and writes nothing', async () => {
    const before = await countRows();
    const csv = [
      'code,parent_code,order,title_ja,audience',
      'R-1,,0,体制,management',
      'R-2,R-1,0,規程,everyone',
      'R-3,R-1,1,,admin',
      'R-1,,2,重複,staff',
      'R-5,NOPE,0,孤児,staff',
    ].join('\n');
    const input = {
      format: 'csv' as const,
      fileName: 'rules.csv',
      contentBase64: b64(csv),
      csvMeta: {
        catalogCode: 'rules',
        catalogTitleJa: '規程',
        catalogTitleEn: 'Rules',
        versionLabel: '1',
      },
    };
    for (const call of [
      () => hospital.client.call((api) => api.catalogs.importPreview(input)),
      () => hospital.client.call((api) => api.catalogs.import(input)),
    ]) {
      const result = await call();
      expect(result.ok).toBe(false);
      const issues = result.ok ? [] : result.issues;
      const at = (row: number) => issues.filter((i) => i.row === row);
      expect(at(3)[0]).toMatchObject({ column: 'audience' });
      expect(at(3)[0]?.messages.ja).toBeTruthy();
      expect(at(3)[0]?.messages.en).toBeTruthy();
      expect(at(4)[0]).toMatchObject({ column: 'title_ja' });
      expect(at(5)[0]).toMatchObject({ column: 'code' });
      expect(at(6)[0]).toMatchObject({ column: 'parent_code' });
    }
    expect(await countRows()).toBe(before);
  });

  it('imports a private catalog once: the same file again changes nothing; exports round-trip', async () => {
    const template = await hospital.client.call((api) => api.catalogs.template({ format: 'xlsx' }));
    const input = {
      format: 'xlsx' as const,
      fileName: 'template.xlsx',
      contentBase64: template.contentBase64,
    };
    const first = await hospital.client.call((api) => api.catalogs.import(input));
    expect(first).toMatchObject({ ok: true, outcome: 'created' });
    const again = await hospital.client.call((api) => api.catalogs.import(input));
    expect(again).toMatchObject({ ok: true, outcome: 'unchanged' });
    const versionId = first.ok ? first.versionId : '';
    const mine = (await hospital.client.call((api) => api.catalogs.list())).find((c) =>
      c.versions.some((v) => v.id === versionId),
    );
    const csvMeta = {
      catalogCode: mine?.code ?? '',
      catalogTitleJa: mine?.titleJa ?? '',
      catalogTitleEn: mine?.titleEn ?? '',
      versionLabel: mine?.versions[0]?.label ?? '',
    };
    expect(mine?.private).toBe(true);
    for (const format of ['xlsx', 'csv', 'json', 'oscal'] as const) {
      const file = await hospital.client.call((api) => api.catalogs.export({ versionId, format }));
      const reimport = await hospital.client.call((api) =>
        api.catalogs.importPreview({
          format,
          fileName: file.fileName,
          contentBase64: file.contentBase64,
          csvMeta,
        }),
      );
      // CSV carries no version details (date, source): those of the stored version are kept.
      expect(reimport, format).toMatchObject({ ok: true, preview: { outcome: 'unchanged' } });
    }
  });

  it('lets the platform operator import a new version from XLSX, read its diff, and publish it', async () => {
    const catalogs = await operator.call((api) => api.catalogs.list());
    const v60 = catalogs.find((c) => c.code === 'mhlw-gl')?.versions.find((v) => v.label === '6.0');
    const exported = await operator.call((api) =>
      api.catalogs.export({ versionId: v60?.id ?? '', format: 'xlsx' }),
    );
    // The next revision: relabel, add one requirement, reword another.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(exported.contentBase64, 'base64') as unknown as ArrayBuffer,
    );
    const version = workbook.getWorksheet('version');
    version?.eachRow((row) => {
      if (row.getCell(1).text === 'label') row.getCell(2).value = '6.1';
      if (row.getCell(1).text === 'effective_date') row.getCell(2).value = '2026-12-01';
    });
    const sheet = workbook.getWorksheet('requirements');
    if (!sheet) throw new Error('no requirements sheet');
    const header = (sheet.getRow(1).values as (string | undefined)[]).map((v) => v ?? '');
    const col = (name: string) => header.indexOf(name);
    const added = sheet.getRow(sheet.rowCount + 1);
    added.getCell(col('code')).value = 'MHLW61-NEW-01';
    added.getCell(col('order')).value = 999;
    added.getCell(col('title_ja')).value = '生成AI利用時の情報管理';
    added.getCell(col('title_en')).value = 'Information handling when using generative AI';
    sheet.getRow(3).getCell(col('title_ja')).value = '改訂された表題';
    const file = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');

    const preview = await operator.call((api) =>
      api.catalogs.importPreview({
        format: 'xlsx',
        fileName: 'mhlw-gl_6.1.xlsx',
        contentBase64: file,
      }),
    );
    expect(preview).toMatchObject({
      ok: true,
      preview: { outcome: 'new_version', previous: { label: '6.0' } },
    });
    const counts = preview.ok ? preview.preview.diff?.counts : {};
    expect(counts).toMatchObject({ added: 1, changed: 1 });

    const imported = await operator.call((api) =>
      api.catalogs.import({ format: 'xlsx', fileName: 'mhlw-gl_6.1.xlsx', contentBase64: file }),
    );
    const versionId = imported.ok ? imported.versionId : '';
    // A draft is invisible to hospitals until published.
    const hidden = await hospital.client.call((api) => api.catalogs.list());
    expect(hidden.find((c) => c.code === 'mhlw-gl')?.versions.map((v) => v.label)).not.toContain(
      '6.1',
    );
    await expect(
      hospital.client.call((api) => api.catalogs.setStatus({ versionId, status: 'published' })),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await operator.call((api) => api.catalogs.setStatus({ versionId, status: 'published' }));
    const shown = await hospital.client.call((api) => api.catalogs.list());
    expect(shown.find((c) => c.code === 'mhlw-gl')?.versions[0]?.label).toBe('6.1');
    // Published versions are never overwritten.
    const overwrite = await operator
      .call((api) =>
        api.catalogs.import({
          format: 'json',
          fileName: 'x.json',
          contentBase64: b64(
            JSON.stringify({
              catalog: { code: 'mhlw-gl', titleJa: 'x', titleEn: 'x' },
              version: { label: '6.1' },
              requirements: [],
            }),
          ),
        }),
      )
      .catch((error: unknown) => error);
    expect(overwrite).toMatchObject({ code: 'CONFLICT' });
    const log = await operator.call((api) => api.organization.auditLog({ limit: 5 }));
    expect(log.entries.map((e) => e.action)).toContain('catalog_version.publish');
  });

  it('refuses crafted files with the path of what is wrong, writing and auditing nothing', async () => {
    const catalog = (controls: unknown[]) => ({
      catalog: {
        uuid: '5d0b7a3e-2c4f-4e1a-9b6d-8f3e2a1c0b9d',
        metadata: {
          title: 'Crafted',
          'last-modified': '2026-12-08T00:00:00Z',
          version: '1',
          'oscal-version': '1.0.0',
        },
        groups: [{ id: 'ac', title: 'Access', controls }],
      },
    });
    const bomb = catalog([
      {
        id: 'ac-1',
        title: 'Bomb',
        params: insertionBomb(),
        parts: [{ name: 'statement', prose: '{{ insert: param, p0 }}' }],
      },
    ]);
    const deep = 100_000;
    const deepJson = JSON.stringify(catalog([{ id: 'ac-1', title: 'Deep' }])).replace(
      '"title":"Deep"',
      `"title":"Deep","parts":${'[{"name":"item","parts":'.repeat(deep)}[]${'}]'.repeat(deep)}`,
    );
    const nul = catalog([
      { id: 'ac-1', title: 'Policy', parts: [{ name: 'statement', prose: 'a\u0000b' }] },
    ]);
    const chain = ['code,parent_code,title_ja', 'C0,,深い'];
    for (let i = 1; i < 20_000; i++) chain.push(`C${String(i)},C${String(i - 1)},深い`);
    const csvMeta = {
      catalogCode: 'crafted',
      catalogTitleJa: '細工',
      catalogTitleEn: 'Crafted',
      versionLabel: '1',
    };
    const crafted = [
      {
        format: 'oscal' as const,
        content: JSON.stringify(bomb),
        row: null,
        column: 'catalog.groups[0].controls[0].params[0].values[0]',
      },
      {
        format: 'oscal' as const,
        content: deepJson,
        row: null,
        column: /^catalog\.groups\[0\]\.controls\[0\]\.parts\[0\]\.parts\[0\]/,
      },
      {
        format: 'oscal' as const,
        content: JSON.stringify(nul),
        row: null,
        column: 'catalog.groups[0].controls[0].parts[0].prose',
      },
      { format: 'csv' as const, content: chain.join('\n'), row: 34, column: 'parent_code' },
      {
        format: 'csv' as const,
        content: 'code,title_ja\nR-1,規程\u0000\n',
        row: 2,
        column: 'title_ja',
      },
    ];
    const before = await written();
    for (const file of crafted) {
      const input = {
        format: file.format,
        fileName: `crafted.${file.format}`,
        contentBase64: b64(file.content),
        csvMeta,
      };
      for (const call of [
        () => hospital.client.call((api) => api.catalogs.importPreview(input)),
        () => hospital.client.call((api) => api.catalogs.import(input)),
      ]) {
        const result = await call();
        expect(result.ok, file.content.slice(0, 80)).toBe(false);
        const [issue] = result.ok ? [] : result.issues;
        expect(issue?.row).toBe(file.row);
        expect(issue?.column).toMatch(file.column);
        expect(issue?.messages.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
        expect(issue?.messages.en).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      }
    }
    expect(await written()).toEqual(before);
  });

  it('imports an SP 800-53 rev. 5 shaped catalog, exports it as it came and reads it back unchanged', async () => {
    const document = generatedSp80053Shape();
    const input = {
      format: 'oscal' as const,
      fileName: 'sp800-53.json',
      contentBase64: b64(JSON.stringify(document)),
    };
    const imported = await hospital.client.call((api) => api.catalogs.import(input));
    expect(imported).toMatchObject({ ok: true, outcome: 'created' });
    const versionId = imported.ok ? imported.versionId : '';
    const file = await hospital.client.call((api) =>
      api.catalogs.export({ versionId, format: 'oscal' }),
    );
    expect(JSON.parse(Buffer.from(file.contentBase64, 'base64').toString('utf8'))).toEqual(
      document,
    );
    const again = await hospital.client.call((api) =>
      api.catalogs.import({ ...input, contentBase64: file.contentBase64 }),
    );
    expect(again).toMatchObject({ ok: true, outcome: 'unchanged' });
    const control = await hospital.client.call((api) =>
      api.catalogs.requirement({ versionId, code: 'fa-1' }),
    );
    expect(control.requirement.label).toBe('FA-1');
    expect(control.statement?.parts[0]?.prose).toBe(
      `Assign a to [Assignment: organization-defined personnel or roles] at [Selection: organization-level; system-level] level; ${'and keep records of it '.repeat(4).trim()}`,
    );
  });
});
