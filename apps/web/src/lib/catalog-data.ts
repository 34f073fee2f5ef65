import { useQuery } from '@tanstack/react-query';
import { useActiveOrganization } from './session';
import { useTRPC } from './trpc';
import type { Catalog, CatalogVersion } from './types';

export interface VersionInCatalog {
  catalog: Catalog;
  version: CatalogVersion;
  /** The version before it in the same catalog (versions are listed newest first). */
  previous: CatalogVersion | null;
}

const byLabel = new Intl.Collator('en', { numeric: true });

/**
 * A catalog's versions, newest first: by effective date (unknown dates count as oldest), then by
 * label in numeric order, so a draft 6.1 with 6.0's date still comes after 6.0.
 */
export function newestFirst(versions: readonly CatalogVersion[]): CatalogVersion[] {
  return [...versions].sort(
    (a, b) =>
      (b.effectiveDate ?? '').localeCompare(a.effectiveDate ?? '') ||
      byLabel.compare(b.label, a.label),
  );
}

/** Finds a version among the catalogs the caller can read, with the one before it. */
export function findVersion(
  catalogs: readonly Catalog[] | undefined,
  versionId: string,
): VersionInCatalog | null {
  for (const catalog of catalogs ?? []) {
    const versions = newestFirst(catalog.versions);
    const index = versions.findIndex((v) => v.id === versionId);
    const version = versions[index];
    if (version) return { catalog, version, previous: versions[index + 1] ?? null };
  }
  return null;
}

export function useCatalogs() {
  const trpc = useTRPC();
  return useQuery(trpc.catalogs.list.queryOptions());
}

/**
 * Who may publish and retire: platform operators (admins of the platform organization) for the
 * shared catalogs, admins of an organization for its private ones. The server checks again.
 */
export function useCatalogAccess() {
  const { active, isAdmin } = useActiveOrganization();
  const platform = active?.kind === 'platform';
  return {
    platform,
    canImport: isAdmin,
    canManage: (catalog: Pick<Catalog, 'private'>) =>
      isAdmin && (catalog.private ? !platform : platform),
  };
}
