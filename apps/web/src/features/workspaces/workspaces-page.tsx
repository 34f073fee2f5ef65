import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Badge, Card, FactList, Notice, PageHeader } from '@bunkai/ui';
import { errorMessage } from '../../lib/errors';
import { useDateFormat } from '../../lib/format';
import { useTRPC } from '../../lib/trpc';
import type { MyOrganization, Workspace } from '../../lib/types';
import { RequireOrganization } from '../shell/access';

/** The workspaces my organization shares with its counterparts (vendors or hospitals). */
export function WorkspacesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.workspaces')} lead={t('workspaces.lead')} />
      <RequireOrganization kinds={['hospital', 'vendor']} kindRefusal={t('workspaces.coordinator')}>
        {(organization) => <WorkspaceList organization={organization} />}
      </RequireOrganization>
    </>
  );
}

function WorkspaceList({ organization }: { organization: MyOrganization }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const workspaces = useQuery(trpc.workspaces.list.queryOptions());
  if (workspaces.isPending) return <Notice>{t('common.loading')}</Notice>;
  if (workspaces.isError) return <Notice tone="error">{errorMessage(workspaces.error)}</Notice>;
  if (workspaces.data.length === 0) {
    return (
      <Card>
        {organization.kind === 'hospital' ? (
          <Notice>
            <p>{t('workspaces.emptyHospital')}</p>
            {organization.role === 'owner' || organization.role === 'admin' ? (
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
  return (
    <div className="bk-grid">
      {workspaces.data.map((workspace) => (
        <WorkspaceCard key={workspace.id} workspace={workspace} />
      ))}
    </div>
  );
}

function WorkspaceCard({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const counterpart = workspace.side === 'hospital' ? workspace.vendor : workspace.hospital;
  return (
    <Card title={counterpart.name} id={`workspace-${workspace.id}`}>
      <p>
        <Badge tone="info">
          {workspace.side === 'hospital'
            ? t('workspaces.hospitalSide')
            : t('workspaces.vendorSide')}
        </Badge>
      </p>
      <FactList
        items={[
          {
            id: 'counterpart',
            label:
              workspace.side === 'hospital'
                ? t('workspaces.counterpartVendor')
                : t('workspaces.counterpartHospital'),
            value: counterpart.name,
          },
          {
            id: 'systems',
            label: t('workspaces.systems'),
            value: (
              <ul className="bk-list">
                {workspace.systems.map((system) => (
                  <li key={system.id}>
                    {t('common.withNote', {
                      text: system.name,
                      note: [
                        t(`category.${system.category}`),
                        t(`serviceType.${system.serviceType}`),
                      ].join(t('common.separator')),
                    })}
                  </li>
                ))}
              </ul>
            ),
          },
          { id: 'since', label: t('workspaces.since'), value: format.date(workspace.createdAt) },
        ]}
      />
    </Card>
  );
}
