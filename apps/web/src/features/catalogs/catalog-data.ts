import { useQuery } from '@tanstack/react-query';
import { useActiveOrganization } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import type { Catalog, CatalogVersion } from '../../lib/types';

export interface VersionInCatalog {
  catalog: Catalog;
  version: CatalogVersion;
  /** The version before it in the same catalog (versions are listed newest first). */
  previous: CatalogVersion | null;
}

/** Finds a version among the catalogs the caller can read. */
export function findVersion(
  catalogs: readonly Catalog[] | undefined,
  versionId: string,
): VersionInCatalog | null {
  for (const catalog of catalogs ?? []) {
    const index = catalog.versions.findIndex((v) => v.id === versionId);
    const version = catalog.versions[index];
    if (version) return { catalog, version, previous: catalog.versions[index + 1] ?? null };
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
