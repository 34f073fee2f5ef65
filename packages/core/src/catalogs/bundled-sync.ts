import { loadBundledCatalogs } from '@bunkai/catalogs/bundled';
import { runAs, type Db } from '@bunkai/db';
import { DomainError } from '../errors';
import { saveCatalogVersion, saveCrosswalk } from './catalogs';
import { ensurePlatformOrganization, platformJob } from './platform';

/**
 * Loads the catalogs shipped in packages/catalogs/data into the platform's shared space. Runs at
 * every start, as a job publishing for the platform; unchanged content is skipped (content
 * hash), so it writes only what is new.
 */
export async function syncBundledCatalogs(
  db: Db,
): Promise<{ created: number; replaced: number; kept: string[] }> {
  const { versions, crosswalks } = await loadBundledCatalogs();
  return runAs(db, { ...platformJob('bundled-catalogs'), platformOperator: true }, async (exec) => {
    const platformId = await ensurePlatformOrganization(exec.tx);
    const scope = { kind: 'platform' as const, auditOrganizationId: platformId };
    const tally = { created: 0, replaced: 0, kept: [] as string[] };
    for (const doc of versions) {
      try {
        const { outcome } = await saveCatalogVersion(exec, scope, doc);
        if (outcome !== 'unchanged') tally[outcome] += 1;
      } catch (error) {
        // A published version is never overwritten, not even by newer bundled data: the operator
        // imports the correction as a new version. Nothing was written before this refusal.
        if (!(error instanceof DomainError && error.reason === 'version_not_draft')) throw error;
        tally.kept.push(`${doc.catalog.code} ${doc.version.label}`);
      }
    }
    for (const doc of crosswalks) {
      const { outcome } = await saveCrosswalk(exec, scope, doc);
      if (outcome !== 'unchanged') tally[outcome] += 1;
    }
    return tally;
  });
}
