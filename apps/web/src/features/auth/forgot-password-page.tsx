import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form, FormError, Notice, SubmitRow } from '@bunkai/ui';
import { useFormErrors } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import { AuthCard } from './auth-card';
import { EmailField } from '../../components/credential-fields';

/** Asks for a reset link; the answer never says whether the address is registered. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [email, setEmail] = useState('');
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());
  const errors = useFormErrors(request.error, ['email']);
  return (
    <AuthCard
      title={t('auth.forgot.title')}
      lead={t('auth.forgot.lead')}
      links={<Link to="/sign-in">{t('auth.forgot.back')}</Link>}
    >
      {request.isSuccess ? (
        <Notice tone="success">{t('auth.forgot.sent')}</Notice>
      ) : (
        <Form
          onSubmit={() => {
            request.mutate({ email });
          }}
        >
          <FormError message={errors.summary} />
          <EmailField
            autoComplete="email"
            value={email}
            onChange={setEmail}
            error={errors.field('email')}
          />
          <SubmitRow label={t('auth.forgot.submit')} pending={request.isPending} />
        </Form>
      )}
    </AuthCard>
  );
}
