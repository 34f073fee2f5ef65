import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isAdminRole, WORKSPACE_PARTY_KINDS } from '@bunkai/model';
import { Card, Notice, PageHeader } from '@bunkai/ui';
import { errorMessage } from '../lib/errors';
import { useTRPC } from '../lib/trpc';
import type { MyOrganization, Workspace } from '../lib/types';
import { RequireOrganization } from './require-organization';

/**
 * A page of my organization's workspaces (for hospitals and vendors): its header, then the
 * workspaces as `children` shows them or, while there are none, how the first one comes about.
 */
export function MyWorkspacesPage({
  title,
  lead,
  kindRefusal,
  offerInvite = false,
  children,
}: {
  title: string;
  lead: string;
  /** What to say to an organization that is neither a hospital nor a vendor. */
  kindRefusal: string;
  /** While there are none, offer a hospital's owners and administrators to invite a vendor. */
  offerInvite?: boolean;
  children: (workspaces: Workspace[], organization: MyOrganization) => ReactNode;
}) {
  return (
    <>
      <PageHeader title={title} lead={lead} />
      <RequireOrganization kinds={WORKSPACE_PARTY_KINDS} kindRefusal={kindRefusal}>
        {(organization) => (
          <MyWorkspaces organization={organization} offerInvite={offerInvite}>
            {children}
          </MyWorkspaces>
        )}
      </RequireOrganization>
    </>
  );
}

function MyWorkspaces({
  organization,
  offerInvite,
  children,
}: {
  organization: MyOrganization;
  offerInvite: boolean;
  children: (workspaces: Workspace[], organization: MyOrganization) => ReactNode;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const workspaces = useQuery(trpc.workspaces.list.queryOptions());
  if (workspaces.isPending) return <Notice>{t('common.loading')}</Notice>;
  if (workspaces.isError) return <Notice tone="error">{errorMessage(workspaces.error)}</Notice>;
  if (workspaces.data.length > 0) return <>{children(workspaces.data, organization)}</>;
  const canInvite = offerInvite && isAdminRole(organization.role);
  return (
    <Card>
      {organization.kind === 'hospital' ? (
        <Notice>
          <p>{t('workspaces.emptyHospital')}</p>
          {canInvite ? (
            <Link to="/invitations" hash="invite-vendor">
              {t('workspaces.inviteVendor')}
            </Link>
          ) : null}
        </Notice>
      ) : (
        <Notice>{t('workspaces.emptyVendor')}</Notice>
      )}
    </Card>
  );
}
