import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  HOSPITAL_SIZE_CLASSES,
  TENANT_KINDS,
  type HospitalSizeClass,
  type TenantKind,
} from '@bunkai/model';
import { Form, FormError, Notice, RadioGroup, SubmitRow, TextField } from '@bunkai/ui';
import { RequiredSelectField } from '../../components/required-select-field';
import { useFormErrors } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';

import { AuthCard } from './auth-card';
import { EmailField, PasswordField } from '../../components/credential-fields';

/** New account with its organization, or (with an invitation) just the account. */
export function SignUpPage({ invitationToken }: { invitationToken: string | undefined }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const preview = useQuery({
    ...trpc.invitations.preview.queryOptions({ token: invitationToken ?? '' }),
    enabled: invitationToken !== undefined,
  });
  return (
    <AuthCard
      title={t('auth.signUp.title')}
      lead={invitationToken ? t('auth.signUp.invitationLead') : t('auth.signUp.lead')}
      notice={
        preview.data ? (
          <Notice>
            {t('auth.signUp.invitedTo', { organization: preview.data.organizationName })}
          </Notice>
        ) : null
      }
      links={
        <p>
          {t('auth.signUp.haveAccount')}{' '}
          <Link
            to="/sign-in"
            search={
              invitationToken
                ? { redirect: `/invitations/accept?token=${encodeURIComponent(invitationToken)}` }
                : {}
            }
          >
            {t('auth.signInLink')}
          </Link>
        </p>
      }
    >
      {invitationToken && preview.isPending ? (
        <Notice>{t('common.loading')}</Notice>
      ) : (
        <SignUpForm invitationToken={invitationToken} initialEmail={preview.data?.email ?? ''} />
      )}
    </AuthCard>
  );
}

const FIELDS = [
  'email',
  'password',
  'displayName',
  'organization.kind',
  'organization.name',
  'organization.sizeClass',
];

function SignUpForm({
  invitationToken,
  initialEmail,
}: {
  invitationToken: string | undefined;
  initialEmail: string;
}) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [kind, setKind] = useState<TenantKind | ''>('');
  const [organizationName, setOrganizationName] = useState('');
  const [sizeClass, setSizeClass] = useState<HospitalSizeClass | ''>('');
  // The answer is the same for every address: the rest happens through the mailed link.
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());
  const errors = useFormErrors(signUp.error, FIELDS);
  const withOrganization = invitationToken === undefined;
  // The schema's message for a missing choice names the enum values; say it plainly instead.
  const kindError = errors.field('organization.kind') ? t('auth.signUp.chooseKind') : undefined;

  if (signUp.isSuccess) {
    return <Notice tone="success">{t('auth.signUp.sent', { email })}</Notice>;
  }

  const submit = () => {
    signUp.mutate({
      email,
      password,
      displayName,
      locale: i18n.language === 'en' ? 'en' : 'ja',
      invitationToken,
      organization: withOrganization
        ? {
            // An empty kind is sent as is: the server answers with the field's message.
            kind: kind as TenantKind,
            name: organizationName,
            sizeClass: kind === 'hospital' && sizeClass !== '' ? sizeClass : null,
          }
        : undefined,
    });
  };

  return (
    <Form onSubmit={submit}>
      <FormError message={errors.summary} />
      <EmailField
        autoComplete="email"
        value={email}
        onChange={setEmail}
        error={errors.field('email')}
      />
      <PasswordField
        label={t('auth.password')}
        purpose="new"
        value={password}
        onChange={setPassword}
        error={errors.field('password')}
      />
      <TextField
        label={t('auth.signUp.displayName')}
        autoComplete="name"
        required
        value={displayName}
        onChange={setDisplayName}
        error={errors.field('displayName')}
      />
      {withOrganization ? (
        <>
          <RadioGroup<TenantKind>
            legend={t('auth.signUp.organizationKind')}
            name="organization-kind"
            value={kind}
            onChange={setKind}
            options={TENANT_KINDS.map((value) => ({ value, label: t(`orgKind.${value}`) }))}
            error={kindError}
          />
          <TextField
            label={t('auth.signUp.organizationName')}
            autoComplete="organization"
            required
            hint={t('auth.signUp.organizationNameHint')}
            value={organizationName}
            onChange={setOrganizationName}
            error={errors.field('organization.name')}
          />
          {kind === 'hospital' ? (
            <RequiredSelectField<HospitalSizeClass>
              label={t('auth.signUp.sizeClass')}
              value={sizeClass}
              onChange={setSizeClass}
              options={HOSPITAL_SIZE_CLASSES.map((value) => ({
                value,
                label: t(`sizeClass.${value}`),
              }))}
              error={errors.field('organization.sizeClass')}
            />
          ) : null}
        </>
      ) : null}
      <SubmitRow label={t('auth.signUp.submit')} pending={signUp.isPending} />
    </Form>
  );
}
