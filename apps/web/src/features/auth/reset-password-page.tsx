import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  ButtonRow,
  Card,
  Form,
  FormError,
  Notice,
  PageHeader,
  TextField,
} from '@bunkai/ui';
import { errorReason, useFormErrors } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';

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
    <>
      <PageHeader title={t('auth.reset.title')} lead={t('auth.reset.lead')} />
      <Card>
        {!token ? (
          <Notice tone="error">{t('auth.reset.missingToken')}</Notice>
        ) : (
          <Form
            onSubmit={() => {
              reset.mutate({ token, password });
            }}
          >
            <FormError message={errors.summary} />
            <TextField
              label={t('auth.reset.password')}
              type="password"
              autoComplete="new-password"
              required
              hint={t('auth.signUp.passwordHint')}
              value={password}
              onChange={setPassword}
              error={errors.field('password')}
            />
            <ButtonRow>
              <Button type="submit" pending={reset.isPending}>
                {t('auth.reset.submit')}
              </Button>
            </ButtonRow>
          </Form>
        )}
      </Card>
      {!token || badLink ? <Link to="/forgot-password">{t('auth.reset.requestAgain')}</Link> : null}
    </>
  );
}
