import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { CatalogFileParser, ImportResult } from '@bunkai/file-formats/catalog';
import type { CatalogVersionDoc } from '@bunkai/guidelines';
import type { CatalogParseTask } from './catalog-parse-worker';

/** Limits of the parsing threads: a crafted file costs at most this, and then a clear refusal. */
export const CATALOG_PARSER_LIMITS = {
  /** Parses waiting for a thread; more are refused as busy rather than piling up memory. */
  maxQueue: 8,
  timeoutMs: 30_000,
  /** Heap of one parsing thread; a 10 MB catalog needs well under a quarter of it. */
  maxHeapMb: 512,
};
export type CatalogParserLimits = typeof CATALOG_PARSER_LIMITS;

export interface CatalogParserPool {
  parseCatalogFile: CatalogFileParser;
  close(): Promise<void>;
}

const refusal = (ja: string, en: string): ImportResult<CatalogVersionDoc> => ({
  ok: false,
  issues: [{ row: null, column: null, messages: { ja, en } }],
});

/**
 * Parses and validates catalog uploads in worker threads, so a 2 MB OSCAL catalog's few hundred
 * milliseconds of CPU do not stall every other request (ADR-020). Bundled, the worker is
 * `dist/catalog-parse-worker.js` beside the server; run from source (dev, tests) it is the `.ts`
 * file, loaded through tsx as the rest of the source is.
 */
export function createCatalogParserPool(
  limits: CatalogParserLimits = CATALOG_PARSER_LIMITS,
): CatalogParserPool {
  const fromSource = import.meta.url.endsWith('.ts');
  const worker = new URL(`./catalog-parse-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  const tsx = fromSource ? pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href : null;
  const pool = new Piscina<CatalogParseTask, ImportResult<CatalogVersionDoc>>({
    filename: worker.href,
    // One core stays with the event loop.
    maxThreads: Math.max(1, Math.min(2, availableParallelism() - 1)),
    minThreads: 0,
    idleTimeout: 60_000,
    maxQueue: limits.maxQueue,
    resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb },
    execArgv: tsx ? ['--import', tsx] : [],
  });
  // A thread that dies before taking its task (e.g. out of memory while loading) is replaced;
  // the task itself is still settled by its own error or the timeout.
  pool.on('error', () => undefined);
  return {
    async parseCatalogFile(format, content, csvMeta) {
      if (pool.queueSize >= limits.maxQueue) {
        return refusal(
          '他の取込を処理中です。しばらくしてからもう一度お試しください。',
          'Other imports are being processed. Please try again shortly.',
        );
      }
      try {
        return await pool.run(
          { format, content, csvMeta },
          { signal: AbortSignal.timeout(limits.timeoutMs) },
        );
      } catch (error) {
        if (error instanceof Error && error.name === 'AbortError') {
          return refusal(
            `ファイルの解析が制限時間（${String(limits.timeoutMs / 1000)}秒）を超えました。ファイルを分けてください。`,
            `Reading the file took longer than ${String(limits.timeoutMs / 1000)} s. Please split the file.`,
          );
        }
        if (
          error instanceof Error &&
          'code' in error &&
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ) {
          return refusal(
            'ファイルが大きすぎるか複雑すぎるため読み込めません。',
            'The file is too large or too complex to read.',
          );
        }
        throw error;
      }
    },
    close: () => pool.close(),
  };
}
