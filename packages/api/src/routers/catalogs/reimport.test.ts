import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG_FILE_FORMATS } from '@bunkai/model';
import { loadBundledCatalogs } from '@bunkai/guidelines/bundled';
import { syncBundledCatalogs } from '@bunkai/core';
import { selectRows, sql } from '@bunkai/db';
import { testDatabaseModes } from '@bunkai/db/testing';
import {
  createTestEnvironment,
  signInPlatformOperator,
  type TestClient,
  type TestEnvironment,
} from '../../testing';

const b64 = (content: string) => Buffer.from(content).toString('base64');

describe.each(testDatabaseModes())('re-importing catalog exports on %s', (mode) => {
  let env: TestEnvironment;
  let operator: TestClient;

  /** Everything an import could write: versions, requirements and audit events. */
  const written = async () => {
    const [row] = await selectRows<{ versions: number; requirements: number; events: number }>(
      env.database.db,
      sql`select (select count(*)::int from catalog_version) as versions,
        (select count(*)::int from requirement) as requirements,
        (select count(*)::int from audit_event) as events`,
    );
    return row;
  };

  const storedVersion = async (catalogCode: string, label: string) => {
    const catalog = (await operator.call((api) => api.catalogs.list())).find(
      (c) => c.code === catalogCode,
    );
    const version = catalog?.versions.find((v) => v.label === label);
    if (!catalog || !version) throw new Error(`${catalogCode} ${label} is not stored`);
    return {
      versionId: version.id,
      csvMeta: {
        catalogCode,
        catalogTitleJa: catalog.titleJa,
        catalogTitleEn: catalog.titleEn,
        versionLabel: label,
      },
    };
  };

  beforeAll(async () => {
    env = await createTestEnvironment(mode);
    await syncBundledCatalogs(env.database.db);
    operator = await signInPlatformOperator(env);
  });
  afterAll(() => env.close());

  it('previews every export of every bundled version as unchanged and imports it as a no-op', async () => {
    const { versions } = await loadBundledCatalogs();
    const failures: string[] = [];
    let checked = 0;
    for (const doc of versions) {
      const { versionId, csvMeta } = await storedVersion(doc.catalog.code, doc.version.label);
      for (const format of CATALOG_FILE_FORMATS) {
        const name = `${doc.catalog.code} ${doc.version.label} ${format}`;
        const file = await operator.call((api) => api.catalogs.export({ versionId, format }));
        const input = {
          format,
          fileName: file.fileName,
          contentBase64: file.contentBase64,
          csvMeta,
        };
        const before = await written();
        const preview = await operator.call((api) => api.catalogs.importPreview(input));
        const imported = await operator
          .call((api) => api.catalogs.import(input))
          .catch((error: unknown) => ({ ok: 'error', error: String(error) }) as const);
        const after = await written();
        checked += 1;
        const changes = preview.ok
          ? (preview.preview.diff?.entries ?? []).filter((e) => e.kind !== 'unchanged')
          : [];
        if (
          !preview.ok ||
          preview.preview.outcome !== 'unchanged' ||
          preview.preview.requirementCount !== doc.requirements.length ||
          changes.length > 0 ||
          imported.ok !== true ||
          imported.outcome !== 'unchanged' ||
          imported.versionId !== versionId ||
          JSON.stringify(after) !== JSON.stringify(before)
        ) {
          failures.push(
            `${name}: preview ${preview.ok ? preview.preview.outcome : 'invalid'} (${changes.length} changes), import ${JSON.stringify(imported)}`,
          );
        }
      }
    }
    expect(checked).toBe(versions.length * CATALOG_FILE_FORMATS.length);
    expect(failures).toEqual([]);
  });

  it('previews a changed file as what the import then does: a new draft, its replacement, a refused published version', async () => {
    const outcomeOfImport = {
      new_version: 'created',
      replaces_draft: 'replaced',
      unchanged: 'unchanged',
    } as const;
    const { versionId } = await storedVersion('mhlw-gl', '6.0');
    const exported = await operator.call((api) =>
      api.catalogs.export({ versionId, format: 'json' }),
    );
    const original = JSON.parse(Buffer.from(exported.contentBase64, 'base64').toString()) as {
      version: { label: string; status: string };
      requirements: { titleJa: string; defaultOwner: string | null }[];
    };
    const edited = (edit: (doc: typeof original) => void) => {
      const doc = structuredClone(original);
      edit(doc);
      return {
        format: 'json' as const,
        fileName: 'edited.json',
        contentBase64: b64(JSON.stringify(doc)),
      };
    };
    const retitle = (doc: typeof original) => {
      const first = doc.requirements[0];
      if (first) first.titleJa = `${first.titleJa}（改）`;
    };

    // Published: the preview says conflict and the import refuses it, naming the version.
    const changed = edited(retitle);
    const before = await written();
    const preview = await operator.call((api) => api.catalogs.importPreview(changed));
    expect(preview).toMatchObject({ ok: true, preview: { outcome: 'conflict' } });
    expect(preview.ok ? preview.preview.diff?.counts : null).toMatchObject({ changed: 1 });
    const refused = await operator
      .call((api) => api.catalogs.import(changed))
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'CONFLICT' });
    expect((refused as Error).message).toMatch(/版 6\.0 .*Version 6\.0 /);
    expect(await written()).toEqual(before);

    // A new label becomes a draft; a changed file replaces it, a field other than text included.
    const steps = [
      edited((doc) => {
        doc.version.label = '6.0-rc';
      }),
      edited((doc) => {
        doc.version.label = '6.0-rc';
        doc.version.status = 'published';
      }),
      edited((doc) => {
        doc.version.label = '6.0-rc';
        const first = doc.requirements[0];
        if (first) first.defaultOwner = first.defaultOwner === 'vendor' ? 'hospital' : 'vendor';
      }),
    ];
    const seen: string[] = [];
    for (const input of steps) {
      const step = await operator.call((api) => api.catalogs.importPreview(input));
      const outcome = step.ok ? step.preview.outcome : 'invalid';
      if (outcome !== 'new_version' && outcome !== 'replaces_draft' && outcome !== 'unchanged') {
        throw new Error(`unexpected preview ${outcome}`);
      }
      const saved = await operator.call((api) => api.catalogs.import(input));
      expect(saved).toMatchObject({ ok: true, outcome: outcomeOfImport[outcome] });
      seen.push(outcome);
    }
    // The file's status is not compared: the importer decides it (always a draft).
    expect(seen).toEqual(['new_version', 'unchanged', 'replaces_draft']);
  });
});
