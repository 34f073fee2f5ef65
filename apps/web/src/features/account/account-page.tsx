import { useTranslation } from 'react-i18next';
import { Notice, PageHeader } from '@bunkai/ui';
import { useSession } from '../../lib/session';
import { MfaCard } from './mfa-card';
import { PasswordCard } from './password-card';
import { ProfileCard } from './profile-card';
import { SessionsCard } from './sessions-card';
import './account.css';

export function AccountPage({ mfaRequired }: { mfaRequired: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  const showMfaNotice = mfaRequired && session?.user.mfaEnabled === false;
  return (
    <>
      <PageHeader title={t('account.title')} lead={t('account.lead')} />
      {showMfaNotice ? <Notice tone="warning">{t('account.mfaNotice')}</Notice> : null}
      <ProfileCard />
      <MfaCard />
      <SessionsCard />
      <PasswordCard />
    </>
  );
}
