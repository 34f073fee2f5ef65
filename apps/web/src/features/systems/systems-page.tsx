import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAdminRole } from '@bunkai/model';
import { Button, Card, Muted, Notice, PageHeader, Table } from '@bunkai/ui';
import { errorMessage } from '../../lib/errors';
import { useDateFormat } from '../../lib/format';
import { useTRPC } from '../../lib/trpc';
import type { MedicalSystem } from '../../lib/types';
import { CombinedViewLink } from '../../components/combined-view-link';
import { RequireOrganization } from '../../components/require-organization';
import { SystemForm } from './system-form';

export function SystemsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('systems.title')} lead={t('systems.lead')} />
      <RequireOrganization kinds={['hospital']}>
        {(organization) => <SystemsContent canEdit={isAdminRole(organization.role)} />}
      </RequireOrganization>
    </>
  );
}

function SystemsContent({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const format = useDateFormat();
  const systems = useQuery(trpc.systems.list.queryOptions());
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const editingSystem = systems.data?.find((s) => s.id === editing) ?? null;
  return (
    <>
      {notice ? <Notice tone="success">{notice}</Notice> : null}
      <Card title={t('systems.title')}>
        {systems.isPending ? (
          <Notice>{t('common.loading')}</Notice>
        ) : systems.isError ? (
          <Notice tone="error">{errorMessage(systems.error)}</Notice>
        ) : (
          <Table<MedicalSystem>
            rows={systems.data}
            rowKey={(s) => s.id}
            empty={t('systems.empty')}
            columns={[
              { key: 'name', header: t('systems.name'), cell: (s) => s.name },
              {
                key: 'category',
                header: t('systems.category'),
                cell: (s) => t(`category.${s.category}`),
              },
              {
                key: 'serviceType',
                header: t('systems.serviceType'),
                cell: (s) => t(`serviceType.${s.serviceType}`),
              },
              {
                key: 'createdAt',
                header: t('systems.createdAt'),
                cell: (s) => format.date(s.createdAt),
                nowrap: true,
              },
              {
                key: 'combined',
                header: t('matrixDocs.combinedLink.column'),
                cell: (s) => <CombinedViewLink systemId={s.id} name={s.name} />,
                nowrap: true,
              },
              ...(canEdit
                ? [
                    {
                      key: 'actions',
                      header: t('systems.actions'),
                      cell: (s: MedicalSystem) => (
                        <Button
                          variant="secondary"
                          aria-label={`${t('common.edit')}: ${s.name}`}
                          onClick={() => {
                            setNotice(null);
                            setEditing(s.id);
                          }}
                        >
                          {t('common.edit')}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Card>
      {canEdit && editingSystem ? (
        <Card title={`${t('common.edit')}: ${editingSystem.name}`}>
          <SystemForm
            key={editingSystem.id}
            system={editingSystem}
            onDone={(name) => {
              setEditing(null);
              setNotice(t('systems.updated', { name }));
            }}
            onCancel={() => {
              setEditing(null);
            }}
          />
        </Card>
      ) : null}
      {canEdit ? (
        <Card title={t('systems.addTitle')}>
          <SystemForm
            onDone={(name) => {
              setNotice(t('systems.added', { name }));
            }}
          />
        </Card>
      ) : (
        <Muted>{t('systems.readOnly')}</Muted>
      )}
    </>
  );
}
