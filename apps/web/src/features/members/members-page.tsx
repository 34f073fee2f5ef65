import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAdminRole } from '@bunkai/model';
import { Card, Notice, PageHeader } from '@bunkai/ui';
import { RequireOrganization } from '../../components/require-organization';
import { MembersTable } from './members-table';
import { OrganizationSettingsForm } from './organization-settings-form';

export function MembersPage() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <PageHeader title={t('members.title')} lead={t('members.lead')} />
      <RequireOrganization>
        {(organization) => (
          <>
            {notice ? <Notice tone="success">{notice}</Notice> : null}
            <Card title={t('members.title')}>
              <MembersTable organization={organization} onNotice={setNotice} />
              {isAdminRole(organization.role) ? (
                <p className="bk-inline-actions">
                  <Link to="/invitations" hash="invite-colleague">
                    {t('members.invite')}
                  </Link>
                </p>
              ) : null}
            </Card>
            {organization.role === 'owner' ? (
              <Card title={t('members.settings.title')} id="settings">
                <OrganizationSettingsForm
                  key={organization.id}
                  organization={organization}
                  onSaved={() => {
                    setNotice(t('members.settings.saved'));
                  }}
                />
              </Card>
            ) : null}
          </>
        )}
      </RequireOrganization>
    </>
  );
}
