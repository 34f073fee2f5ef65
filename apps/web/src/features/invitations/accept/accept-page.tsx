import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ButtonRow, Card, FactList, Notice, PageHeader } from '@bunkai/ui';
import { errorMessage } from '../../../lib/errors';
import { useDateFormat } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { useTRPC } from '../../../lib/trpc';
import { SignOutButton } from '../../../components/sign-out-button';
import type { RouterOutputs } from '../../../lib/types';
import { AcceptForm } from './accept-form';
import { InvitationStatusBadge } from '../invitations-table';

type Preview = RouterOutputs['invitations']['preview'];

/** The e-mailed link: what the invitation is, then sign in / sign up, then accept. */
export function AcceptInvitationPage({ token }: { token: string | undefined }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const preview = useQuery({
    ...trpc.invitations.preview.queryOptions({ token: token ?? '' }),
    enabled: token !== undefined,
  });
  let body;
  if (!token) body = <Notice tone="error">{t('accept.missingToken')}</Notice>;
  else if (preview.isPending) body = <Notice>{t('common.loading')}</Notice>;
  else if (preview.isError) body = <Notice tone="error">{errorMessage(preview.error)}</Notice>;
  else {
    body = (
      <>
        <InvitationSummary preview={preview.data} />
        <AcceptStep token={token} preview={preview.data} />
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('accept.title')} />
      {body}
    </>
  );
}

function InvitationSummary({ preview }: { preview: Preview }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const organization = t('common.withNote', {
    text: preview.organizationName,
    note: t(`orgKind.${preview.organizationKind}`),
  });
  return (
    <Card>
      <p>
        {preview.kind === 'vendor'
          ? t('accept.vendorInvite', { organization: preview.organizationName })
          : t('accept.colleagueInvite', { organization: preview.organizationName })}
      </p>
      <FactList
        items={[
          { id: 'organization', label: t('accept.organization'), value: organization },
          { id: 'to', label: t('accept.to'), value: preview.email },
          preview.kind === 'vendor'
            ? {
                id: 'systems',
                label: t('accept.systems'),
                value: (
                  <ul className="bk-list">
                    {preview.systemNames.map((name) => (
                      <li key={name}>{name}</li>
                    ))}
                  </ul>
                ),
              }
            : { id: 'role', label: t('accept.role'), value: t(`role.${preview.role}`) },
          ...(preview.message
            ? [{ id: 'message', label: t('accept.message'), value: preview.message }]
            : []),
          {
            id: 'expires',
            label: t('accept.expiresAt'),
            value: format.dateTime(preview.expiresAt),
          },
          {
            id: 'status',
            label: t('accept.status'),
            value: <InvitationStatusBadge status={preview.status} />,
          },
        ]}
      />
    </Card>
  );
}

function AcceptStep({ token, preview }: { token: string; preview: Preview }) {
  const { t } = useTranslation();
  const session = useSession();
  const here = `/invitations/accept?token=${encodeURIComponent(token)}`;

  if (preview.status !== 'pending') {
    return <Notice tone="error">{t(`accept.${preview.status}`)}</Notice>;
  }
  if (!session) {
    return (
      <Card>
        <p>{t('accept.signInPrompt')}</p>
        <ButtonRow>
          <Link className="bk-button bk-button-primary" to="/sign-in" search={{ redirect: here }}>
            {t('accept.signInToAccept')}
          </Link>
          <Link
            className="bk-button bk-button-secondary"
            to="/sign-up"
            search={{ invitation: token }}
          >
            {t('accept.signUpToAccept')}
          </Link>
        </ButtonRow>
      </Card>
    );
  }
  const signedInAs = session.user.email;
  if (signedInAs.toLowerCase() !== preview.email.toLowerCase()) {
    return (
      <Card>
        <Notice tone="warning">
          {t('accept.otherAddress', { invited: preview.email, current: signedInAs })}
        </Notice>
        <ButtonRow>
          <SignOutButton variant="secondary" redirectTo={here}>
            {t('accept.switchAccount')}
          </SignOutButton>
        </ButtonRow>
      </Card>
    );
  }
  return (
    <Card>
      <p>{t('accept.signedInAs', { email: signedInAs })}</p>
      <AcceptForm token={token} preview={preview} />
    </Card>
  );
}
