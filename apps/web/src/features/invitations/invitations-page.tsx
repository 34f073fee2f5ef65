import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card, Notice, PageHeader } from '@bunkai/ui';
import { useTRPC } from '../../lib/trpc';
import type { MyOrganization } from '../../lib/types';
import { RequireOrganization } from '../../components/require-organization';
import { ColleagueInvitationForm } from './colleague-invitation-form';
import { InvitationsTable } from './invitations-table';
import { VendorInvitationForm } from './vendor-invitation-form';

export function InvitationsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('invitations.title')} lead={t('invitations.lead')} />
      <RequireOrganization admin>
        {(organization) => <InvitationsContent organization={organization} />}
      </RequireOrganization>
    </>
  );
}

function InvitationsContent({ organization }: { organization: MyOrganization }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const isHospital = organization.kind === 'hospital';
  const systems = useQuery({ ...trpc.systems.list.queryOptions(), enabled: isHospital });
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      {notice ? <Notice tone="success">{notice}</Notice> : null}
      {isHospital ? (
        <Card title={t('invitations.vendor.title')} id="invite-vendor">
          <VendorInvitationForm
            systems={systems.data}
            systemsError={systems.error}
            onSent={(email) => {
              setNotice(t('invitations.vendor.sent', { email }));
            }}
          />
        </Card>
      ) : null}
      <Card title={t('invitations.colleague.title')} id="invite-colleague">
        <ColleagueInvitationForm
          organization={organization}
          onSent={(email) => {
            setNotice(t('invitations.colleague.sent', { email }));
          }}
        />
      </Card>
      <Card title={t('invitations.list.title')} id="sent-invitations">
        <InvitationsTable systems={systems.data ?? []} onNotice={setNotice} />
      </Card>
    </>
  );
}
