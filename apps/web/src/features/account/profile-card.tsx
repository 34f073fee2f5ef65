import { useTranslation } from 'react-i18next';
import { Badge, Card, FactList } from '@bunkai/ui';
import { useActiveOrganization } from '../../lib/session';

export function ProfileCard() {
  const { t } = useTranslation();
  const { session, active } = useActiveOrganization();
  if (!session) return null;
  const { user } = session;
  return (
    <Card title={t('account.profile.title')} id="profile">
      <FactList
        items={[
          { id: 'name', label: t('account.profile.name'), value: user.displayName },
          { id: 'email', label: t('account.profile.email'), value: user.email },
          {
            id: 'organization',
            label: t('account.profile.organization'),
            value: active
              ? t('common.withNote', { text: active.name, note: t(`orgKind.${active.kind}`) })
              : t('header.noOrganization'),
          },
          ...(active
            ? [{ id: 'role', label: t('account.profile.role'), value: t(`role.${active.role}`) }]
            : []),
          {
            id: 'mfa',
            label: t('account.profile.mfa'),
            value: user.mfaEnabled ? (
              <Badge tone="success">{t('account.mfa.enabled')}</Badge>
            ) : (
              <Badge tone="warning">{t('account.mfa.disabled')}</Badge>
            ),
          },
        ]}
      />
    </Card>
  );
}
