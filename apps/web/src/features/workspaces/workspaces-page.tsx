import { useTranslation } from 'react-i18next';
import { Badge, Card, FactList } from '@bunkai/ui';
import { useDateFormat } from '../../lib/format';
import type { Workspace } from '../../lib/types';
import { MyWorkspacesPage } from './my-workspaces';
import './workspaces.css';

/** The workspaces my organization shares with its counterparts (vendors or hospitals). */
export function WorkspacesPage() {
  const { t } = useTranslation();
  return (
    <MyWorkspacesPage
      title={t('nav.workspaces')}
      lead={t('workspaces.lead')}
      kindRefusal={t('workspaces.coordinator')}
      offerInvite
    >
      {(workspaces) => (
        <div className="bk-grid">
          {workspaces.map((workspace) => (
            <WorkspaceCard key={workspace.id} workspace={workspace} />
          ))}
        </div>
      )}
    </MyWorkspacesPage>
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
