import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form, FormError, Notice, SubmitRow } from '@bunkai/ui';
import { errorReason, useFormErrors } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import { AuthCard } from './auth-card';
import { PasswordField } from '../../components/credential-fields';

/** The e-mailed link's page: a new password, then sign in again (with MFA). */
export function ResetPasswordPage({ token }: { token: string | undefined }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const reset = useMutation(
    trpc.auth.resetPassword.mutationOptions({
      onSuccess: () => navigate({ to: '/sign-in', search: { reset: 'done' } }),
    }),
  );
  const errors = useFormErrors(reset.error, ['password']);
  const badLink = errorReason(reset.error)?.startsWith('reset_') === true;
  return (
    <AuthCard
      title={t('auth.reset.title')}
      lead={t('auth.reset.lead')}
      links={
        !token || badLink ? <Link to="/forgot-password">{t('auth.reset.requestAgain')}</Link> : null
      }
    >
      {!token ? (
        <Notice tone="error">{t('auth.reset.missingToken')}</Notice>
      ) : (
        <Form
          onSubmit={() => {
            reset.mutate({ token, password });
          }}
        >
          <FormError message={errors.summary} />
          <PasswordField
            label={t('auth.reset.password')}
            purpose="new"
            value={password}
            onChange={setPassword}
            error={errors.field('password')}
          />
          <SubmitRow label={t('auth.reset.submit')} pending={reset.isPending} />
        </Form>
      )}
    </AuthCard>
  );
}
