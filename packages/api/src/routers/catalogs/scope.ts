import type { CatalogScope, Organization } from '@bunkai/core';

/** Platform operators work on the shared catalogs; everyone else on their organization's own. */
export function catalogScope(organization: Organization): CatalogScope {
  return organization.kind === 'platform'
    ? { kind: 'platform', auditOrganizationId: organization.id }
    : { kind: 'private', organizationId: organization.id };
}
