import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useRouter } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form, FormError, Notice, SubmitRow, TextField } from '@bunkai/ui';
import { useFormErrors } from '../../lib/errors';
import { useStoreSession } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { SignOutButton } from '../../components/sign-out-button';
import { AuthCard } from './auth-card';
import { EmailField, PasswordField } from '../../components/credential-fields';

/** E-mail and password, then the second factor when the account has one. */
export function SignInPage({ redirectTo, resetDone }: { redirectTo: string; resetDone: boolean }) {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const router = useRouter();
  const proceed = () => void router.navigate({ href: redirectTo });
  return me.data?.mfaPending ? (
    <MfaStep redirectTo={redirectTo} onDone={proceed} />
  ) : (
    <PasswordStep resetDone={resetDone} onDone={proceed} />
  );
}

function PasswordStep({ resetDone, onDone }: { resetDone: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const storeSession = useStoreSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: (session) => {
        storeSession(session);
        if (!session.mfaPending) onDone();
      },
    }),
  );
  const errors = useFormErrors(signIn.error, ['email', 'password']);
  return (
    <AuthCard
      title={t('auth.signIn.title')}
      lead={t('auth.signIn.lead')}
      notice={resetDone ? <Notice tone="success">{t('auth.signIn.afterReset')}</Notice> : null}
      links={
        <p>
          {t('auth.signIn.noAccount')} <Link to="/sign-up">{t('auth.signUpLink')}</Link>
        </p>
      }
    >
      <Form
        onSubmit={() => {
          signIn.mutate({ email, password });
        }}
      >
        <FormError message={errors.summary} />
        <EmailField
          autoComplete="username"
          value={email}
          onChange={setEmail}
          error={errors.field('email')}
        />
        <PasswordField
          label={t('auth.password')}
          purpose="current"
          value={password}
          onChange={setPassword}
          error={errors.field('password')}
        />
        <SubmitRow label={t('auth.signIn.submit')} pending={signIn.isPending}>
          <Link to="/forgot-password">{t('auth.signIn.forgot')}</Link>
        </SubmitRow>
      </Form>
    </AuthCard>
  );
}

function MfaStep({ redirectTo, onDone }: { redirectTo: string; onDone: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const storeSession = useStoreSession();
  const [code, setCode] = useState('');
  const verify = useMutation(
    trpc.auth.verifyMfa.mutationOptions({
      onSuccess: (session) => {
        storeSession(session);
        onDone();
      },
    }),
  );
  const errors = useFormErrors(verify.error, ['code']);
  return (
    <AuthCard title={t('auth.signIn.codeTitle')} lead={t('auth.signIn.codeLead')}>
      <Form
        onSubmit={() => {
          verify.mutate({ code: code.trim() });
        }}
      >
        <FormError message={errors.summary} />
        <TextField
          label={t('auth.signIn.code')}
          autoComplete="one-time-code"
          autoFocus
          required
          value={code}
          onChange={setCode}
          error={errors.field('code')}
        />
        <SubmitRow label={t('auth.signIn.verify')} pending={verify.isPending}>
          <SignOutButton variant="link" redirectTo={redirectTo === '/' ? undefined : redirectTo}>
            {t('auth.signIn.otherAccount')}
          </SignOutButton>
        </SubmitRow>
      </Form>
    </AuthCard>
  );
}
