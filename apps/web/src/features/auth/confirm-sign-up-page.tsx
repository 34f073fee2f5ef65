import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Form, FormError, Notice, SubmitRow } from '@bunkai/ui';
import { useFormErrors } from '../../lib/errors';
import { useStoreSession } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { AuthCard } from './auth-card';

/**
 * The mailed confirmation link's page. A button, not an automatic call, so that a mail scanner
 * opening the link does not spend it.
 */
export function ConfirmSignUpPage({
  token,
  invitationToken,
}: {
  token: string | undefined;
  invitationToken: string | undefined;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const storeSession = useStoreSession();
  const confirm = useMutation(
    trpc.auth.confirmSignUp.mutationOptions({
      onSuccess: (session) => {
        storeSession(session);
        void (invitationToken
          ? navigate({ to: '/invitations/accept', search: { token: invitationToken } })
          : navigate({ to: '/' }));
      },
    }),
  );
  const errors = useFormErrors(confirm.error, []);
  return (
    <AuthCard
      title={t('auth.confirmSignUp.title')}
      lead={t('auth.confirmSignUp.lead')}
      links={
        !token || confirm.isError ? (
          <Link to="/sign-up" search={{ invitation: invitationToken }}>
            {t('auth.confirmSignUp.again')}
          </Link>
        ) : null
      }
    >
      {!token ? (
        <Notice tone="error">{t('auth.confirmSignUp.missingToken')}</Notice>
      ) : (
        <Form
          onSubmit={() => {
            confirm.mutate({ token });
          }}
        >
          <FormError message={errors.summary} />
          <SubmitRow label={t('auth.confirmSignUp.submit')} pending={confirm.isPending} />
        </Form>
      )}
    </AuthCard>
  );
}
