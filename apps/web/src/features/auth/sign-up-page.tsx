import { useMutation, useQuery } from '@tanstack/react-query';
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
  RadioGroup,
  SelectField,
  TextField,
} from '@bunkai/ui';
import { useFormErrors } from '../../lib/errors';
import { useStoreSession } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import {
  ORGANIZATION_KINDS,
  SIZE_CLASSES,
  type HospitalSizeClass,
  type OrganizationKind,
} from '../../lib/types';

/** New account with its organization, or (with an invitation) just the account. */
export function SignUpPage({ invitationToken }: { invitationToken: string | undefined }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const preview = useQuery({
    ...trpc.invitations.preview.queryOptions({ token: invitationToken ?? '' }),
    enabled: invitationToken !== undefined,
  });
  return (
    <>
      <PageHeader
        title={t('auth.signUp.title')}
        lead={invitationToken ? t('auth.signUp.invitationLead') : t('auth.signUp.lead')}
      />
      {preview.data ? (
        <Notice>
          {t('auth.signUp.invitedTo', { organization: preview.data.organizationName })}
        </Notice>
      ) : null}
      <Card>
        {invitationToken && preview.isPending ? (
          <Notice>{t('common.loading')}</Notice>
        ) : (
          <SignUpForm invitationToken={invitationToken} initialEmail={preview.data?.email ?? ''} />
        )}
      </Card>
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
    </>
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
  const navigate = useNavigate();
  const storeSession = useStoreSession();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [kind, setKind] = useState<OrganizationKind | ''>('');
  const [organizationName, setOrganizationName] = useState('');
  const [sizeClass, setSizeClass] = useState<HospitalSizeClass | ''>('');
  const signUp = useMutation(
    trpc.auth.signUp.mutationOptions({
      onSuccess: (session) => {
        storeSession(session);
        void (invitationToken
          ? navigate({ to: '/invitations/accept', search: { token: invitationToken } })
          : navigate({ to: '/' }));
      },
    }),
  );
  const errors = useFormErrors(signUp.error, FIELDS);
  const withOrganization = invitationToken === undefined;
  // The schema's message for a missing choice names the enum values; say it plainly instead.
  const kindError = errors.field('organization.kind') ? t('auth.signUp.chooseKind') : undefined;

  const submit = () => {
    signUp.mutate({
      email,
      password,
      displayName,
      locale: i18n.language === 'en' ? 'en' : 'ja',
      organization: withOrganization
        ? {
            // An empty kind is sent as is: the server answers with the field's message.
            kind: kind as OrganizationKind,
            name: organizationName,
            sizeClass: kind === 'hospital' && sizeClass !== '' ? sizeClass : null,
          }
        : undefined,
    });
  };

  return (
    <Form onSubmit={submit}>
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
      <TextField
        label={t('auth.password')}
        type="password"
        autoComplete="new-password"
        required
        hint={t('auth.signUp.passwordHint')}
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
          <RadioGroup<OrganizationKind>
            legend={t('auth.signUp.organizationKind')}
            name="organization-kind"
            value={kind}
            onChange={setKind}
            options={ORGANIZATION_KINDS.map((value) => ({ value, label: t(`orgKind.${value}`) }))}
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
            <SelectField<HospitalSizeClass>
              label={t('auth.signUp.sizeClass')}
              required
              placeholder={t('auth.signUp.choose')}
              value={sizeClass}
              onChange={setSizeClass}
              options={SIZE_CLASSES.map((value) => ({ value, label: t(`sizeClass.${value}`) }))}
              error={errors.field('organization.sizeClass')}
            />
          ) : null}
        </>
      ) : null}
      <ButtonRow>
        <Button type="submit" pending={signUp.isPending}>
          {t('auth.signUp.submit')}
        </Button>
      </ButtonRow>
    </Form>
  );
}
