// Issue 11: a hospital admin previews and imports an SP 800-53-sized OSCAL catalog over HTTP while
// another session keeps asking a cheap query, so "within seconds, without blocking other requests"
// is measured: the heavy calls' times beside raw SQL, and the light calls' latency beside idle.
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { serve } from '@hono/node-server';
import { SESSION_COOKIE_NAMES } from '@bunkai/auth';
import type { TestServices } from '@bunkai/api/testing';
import { generatedSp80053Shape } from '@bunkai/file-formats/oscal-fixtures';
import { selectRows, sql, type Db } from '@bunkai/db';
import { createApp } from '../src/app';
import { createCatalogParserPool } from '../src/catalog-parser';

/** Versions previewed and imported (each a new label, so each import writes every row). */
const REPEATS = Number(process.env.BENCH_IMPORT_REPEATS ?? 3);
/** Pause between two light calls of the probing session. */
const PROBE_GAP_MS = 10;

interface Listening {
  url: string;
  close(): Promise<void>;
}

/** The whole HTTP app (guards, body limits, tRPC) on a loopback port, as `pnpm start` serves it. */
async function listen(services: TestServices): Promise<Listening> {
  const app = createApp({ services, webDist: null });
  const server = await new Promise<ReturnType<typeof serve>>((resolveListening) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => {
      resolveListening(s);
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => {
          done();
        });
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      }),
  };
}

/** A browser session over HTTP: tRPC's superjson envelope, the session cookie, our origin. */
function httpSession(url: string, sessionToken: string) {
  const headers = { origin: url, cookie: `${SESSION_COOKIE_NAMES.insecure}=${sessionToken}` };
  const answer = async <T>(procedure: string, response: Response): Promise<T> => {
    const payload = (await response.json()) as { result?: { data: { json: T } }; error?: unknown };
    if (!payload.result) {
      throw new Error(`${procedure}: ${String(response.status)} ${JSON.stringify(payload.error)}`);
    }
    return payload.result.data.json;
  };
  return {
    query: async <T>(procedure: string): Promise<T> =>
      answer<T>(procedure, await fetch(`${url}/trpc/${procedure}`, { headers })),
    /** `body` is the serialised envelope, made before timing starts. */
    mutation: async <T>(procedure: string, body: string): Promise<T> =>
      answer<T>(
        procedure,
        await fetch(`${url}/trpc/${procedure}`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body,
        }),
      ),
  };
}

/** Runs the light call back to back until `work` settles; its result and each call's latency. */
async function probeWhile<T>(
  light: () => Promise<unknown>,
  work: Promise<T>,
): Promise<{ result: T; latencies: number[] }> {
  const latencies: number[] = [];
  const state = { done: false };
  const settled = work.finally(() => {
    state.done = true;
  });
  const probing = (async () => {
    while (!state.done) {
      const started = performance.now();
      await light();
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, PROBE_GAP_MS));
    }
  })();
  const [result] = await Promise.all([settled, probing]);
  return { result, latencies };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

function latencyRow(label: string, samples: readonly number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    'auth.me (other session)': label,
    calls: sorted.length,
    'p50 ms': percentile(sorted, 0.5).toFixed(1),
    'p95 ms': percentile(sorted, 0.95).toFixed(1),
    'max ms': (sorted.at(-1) ?? 0).toFixed(1),
  };
}

interface Sample {
  ms: number;
  /**
   * CPU of this process meanwhile (client, server and, on PGlite, the database): unlike wall time
   * it does not grow when other jobs share the machine.
   */
  cpu: number;
}

async function timed<T>(fn: () => Promise<T>): Promise<Sample & { result: T }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await fn();
  const used = process.cpuUsage(cpu);
  return { result, ms: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

const median = (samples: readonly number[]) =>
  percentile(
    [...samples].sort((a, b) => a - b),
    0.5,
  );

/**
 * Previews and imports the generated catalog REPEATS times under new labels, with `other` asking
 * `auth.me` all along, then once more unchanged; prints times, ratios to raw SQL and latencies.
 */
export async function benchCatalogImport(
  services: TestServices,
  db: Db,
  /** Session tokens: a hospital admin's, and another organization's for the light calls. */
  tokens: { admin: string; other: string },
): Promise<void> {
  // Parsing in threads, as `startServer` does.
  const parser = createCatalogParserPool();
  const server = await listen({ ...services, parseCatalogFile: parser.parseCatalogFile });
  try {
    const hospital = httpSession(server.url, tokens.admin);
    const light = httpSession(server.url, tokens.other);
    const probe = () => light.query('auth.me');
    const catalog = generatedSp80053Shape();
    const bodyOf = (label: string) => {
      catalog.catalog.metadata.version = label;
      const file = JSON.stringify(catalog);
      return {
        bytes: Buffer.byteLength(file),
        body: JSON.stringify({
          json: {
            format: 'oscal',
            fileName: 'sp800-53-shaped.json',
            contentBase64: Buffer.from(file).toString('base64'),
          },
        }),
      };
    };
    const idle = await probeWhile(probe, sleep(1000));
    const heavy = { preview: [] as Sample[], import: [] as Sample[], rawRead: [] as Sample[] };
    const during = { preview: [] as number[], import: [] as number[] };
    let bytes = 0;
    let versionId = '';
    for (let i = 0; i < REPEATS; i += 1) {
      const upload = bodyOf(`5.1.${String(i)}`);
      bytes = upload.bytes;
      const preview = await probeWhile(
        probe,
        timed(() =>
          hospital.mutation<{ ok: boolean; preview?: { requirementCount: number } }>(
            'catalogs.importPreview',
            upload.body,
          ),
        ),
      );
      if (!preview.result.result.ok) throw new Error('preview refused the catalog');
      heavy.preview.push(preview.result);
      during.preview.push(...preview.latencies);
      const imported = await probeWhile(
        probe,
        timed(() =>
          hospital.mutation<{ ok: boolean; versionId?: string; outcome?: string }>(
            'catalogs.import',
            upload.body,
          ),
        ),
      );
      if (imported.result.result.outcome !== 'created') throw new Error('import did not create');
      heavy.import.push(imported.result);
      during.import.push(...imported.latencies);
      versionId = imported.result.result.versionId ?? '';
      // What the preview of the next label reads at least: this version's rows.
      heavy.rawRead.push(
        await timed(() =>
          selectRows(db, sql`select * from requirement where catalog_version_id = ${versionId}`),
        ),
      );
    }
    const again = bodyOf(`5.1.${String(REPEATS - 1)}`);
    const unchanged = await probeWhile(
      probe,
      timed(() => hospital.mutation<{ outcome?: string }>('catalogs.import', again.body)),
    );
    if (unchanged.result.result.outcome !== 'unchanged') throw new Error('re-import changed');
    during.import.push(...unchanged.latencies);
    const [{ rows } = { rows: 0 }] = await selectRows<{ rows: number }>(
      db,
      sql`select count(*)::int as rows from requirement where catalog_version_id = ${versionId}`,
    );
    // The least the import's writing can cost: the same rows copied inside the database.
    const rawWrite: Sample[] = [];
    for (let i = 0; i < REPEATS; i += 1) {
      rawWrite.push(
        await timed(() =>
          db.transaction(async (tx) => {
            const [copy] = await selectRows<{ id: string }>(
              tx,
              sql`insert into catalog_version (organization_id, catalog_id, label, status, oscal, content_hash)
                    select organization_id, catalog_id, 'raw-' || ${String(i)}, 'draft', oscal, content_hash
                    from catalog_version where id = ${versionId} returning id`,
            );
            await tx.execute(sql`
                insert into requirement (organization_id, catalog_version_id, code, parent_code, position,
                  sibling_order, title_ja, title_en, text_ja, text_en, audience, level, facility_sizes,
                  service_types, default_owner, phase, checklist_refs, unconfirmed, kind, withdrawn, oscal)
                select organization_id, ${copy?.id}, code, parent_code, position, sibling_order, title_ja,
                  title_en, text_ja, text_en, audience, level, facility_sizes, service_types,
                  default_owner, phase, checklist_refs, unconfirmed, kind, withdrawn, oscal
                from requirement where catalog_version_id = ${versionId}`);
          }),
        ),
      );
    }
    console.log(
      `OSCAL catalog over HTTP: ${(bytes / 1e6).toFixed(2)} MB, ${String(rows)} requirements, ` +
        `${String(REPEATS)} new versions (median, max):`,
    );
    const heavyRow = (name: string, samples: Sample[], raw: Sample[]) => {
      const ms = samples.map((x) => x.ms);
      return {
        call: name,
        'median ms': median(ms).toFixed(0),
        'max ms': Math.max(...ms).toFixed(0),
        'CPU median ms': median(samples.map((x) => x.cpu)).toFixed(0),
        'raw SQL median ms': median(raw.map((x) => x.ms)).toFixed(1),
        'ratio api/raw': (median(ms) / median(raw.map((x) => x.ms))).toFixed(1),
      };
    };
    console.table([
      heavyRow('catalogs.importPreview (new version)', heavy.preview, heavy.rawRead),
      heavyRow('catalogs.import (new version)', heavy.import, rawWrite),
      heavyRow('catalogs.import (unchanged)', [unchanged.result], heavy.rawRead),
    ]);
    console.table([
      latencyRow('idle', idle.latencies),
      latencyRow('during importPreview', during.preview),
      latencyRow('during import', during.import),
    ]);
  } finally {
    await server.close();
    await parser.close();
  }
}
