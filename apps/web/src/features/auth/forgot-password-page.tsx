import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
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
import { useFormErrors } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';

/** Asks for a reset link; the answer never says whether the address is registered. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [email, setEmail] = useState('');
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());
  const errors = useFormErrors(request.error, ['email']);
  return (
    <>
      <PageHeader title={t('auth.forgot.title')} lead={t('auth.forgot.lead')} />
      <Card>
        {request.isSuccess ? (
          <Notice tone="success">{t('auth.forgot.sent')}</Notice>
        ) : (
          <Form
            onSubmit={() => {
              request.mutate({ email });
            }}
          >
            <FormError message={errors.summary} />
            <TextField
              label={t('auth.email')}
              type="email"
              autoComplete="email"
              required
              value={email}
              onChange={setEmail}
              error={errors.field('email')}
            />
            <ButtonRow>
              <Button type="submit" pending={request.isPending}>
                {t('auth.forgot.submit')}
              </Button>
            </ButtonRow>
          </Form>
        )}
      </Card>
      <Link to="/sign-in">{t('auth.forgot.back')}</Link>
    </>
  );
}
