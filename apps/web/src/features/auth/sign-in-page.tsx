import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useRouter } from '@tanstack/react-router';
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
import { useSignOut, useStoreSession } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';

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
    <>
      <PageHeader title={t('auth.signIn.title')} lead={t('auth.signIn.lead')} />
      {resetDone ? <Notice tone="success">{t('auth.signIn.afterReset')}</Notice> : null}
      <Card>
        <Form
          onSubmit={() => {
            signIn.mutate({ email, password });
          }}
        >
          <FormError message={errors.summary} />
          <TextField
            label={t('auth.email')}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={setEmail}
            error={errors.field('email')}
          />
          <TextField
            label={t('auth.password')}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={setPassword}
            error={errors.field('password')}
          />
          <ButtonRow>
            <Button type="submit" pending={signIn.isPending}>
              {t('auth.signIn.submit')}
            </Button>
            <Link to="/forgot-password">{t('auth.signIn.forgot')}</Link>
          </ButtonRow>
        </Form>
      </Card>
      <p>
        {t('auth.signIn.noAccount')} <Link to="/sign-up">{t('auth.signUpLink')}</Link>
      </p>
    </>
  );
}

function MfaStep({ redirectTo, onDone }: { redirectTo: string; onDone: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const storeSession = useStoreSession();
  const signOut = useSignOut(redirectTo === '/' ? undefined : redirectTo);
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
    <>
      <PageHeader title={t('auth.signIn.codeTitle')} lead={t('auth.signIn.codeLead')} />
      <Card>
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
          <ButtonRow>
            <Button type="submit" pending={verify.isPending}>
              {t('auth.signIn.verify')}
            </Button>
            <Button
              variant="link"
              pending={signOut.isPending}
              onClick={() => {
                signOut.mutate();
              }}
            >
              {t('auth.signIn.otherAccount')}
            </Button>
          </ButtonRow>
        </Form>
      </Card>
    </>
  );
}
