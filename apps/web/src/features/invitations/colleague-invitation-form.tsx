import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  ButtonRow,
  Form,
  FormError,
  SelectField,
  TextAreaField,
  TextField,
} from '@bunkai/ui';
import { useFormErrors } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import {
  AUDIENCES,
  ROLES,
  type HospitalAudience,
  type MembershipRole,
  type MyOrganization,
} from '../../lib/types';

/** Roles at or below `mine` (nobody invites above their own role). */
export function rolesUpTo(mine: MembershipRole): MembershipRole[] {
  return ROLES.slice(ROLES.indexOf(mine));
}

export function ColleagueInvitationForm({
  organization,
  onSent,
}: {
  organization: MyOrganization;
  onSent: (email: string) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const isHospital = organization.kind === 'hospital';
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MembershipRole>('member');
  const [audience, setAudience] = useState<HospitalAudience>('staff');
  const [message, setMessage] = useState('');
  const invite = useMutation(
    trpc.invitations.createColleague.mutationOptions({
      onSuccess: (invitation) => {
        setEmail('');
        setMessage('');
        onSent(invitation.email);
        return queryClient.invalidateQueries({ queryKey: trpc.invitations.list.queryKey() });
      },
    }),
  );
  const errors = useFormErrors(invite.error, ['email', 'role', 'audience', 'message']);
  return (
    <>
      <p className="bk-muted">{t('invitations.colleague.lead')}</p>
      <Form
        label={t('invitations.colleague.title')}
        onSubmit={() => {
          invite.mutate({
            email,
            role,
            audience: isHospital ? audience : undefined,
            message: message.trim() === '' ? undefined : message,
          });
        }}
      >
        <FormError message={errors.summary} />
        <TextField
          label={t('invitations.colleague.email')}
          type="email"
          autoComplete="off"
          required
          value={email}
          onChange={setEmail}
          error={errors.field('email')}
        />
        <SelectField<MembershipRole>
          label={t('invitations.colleague.role')}
          value={role}
          onChange={setRole}
          options={rolesUpTo(organization.role).map((value) => ({
            value,
            label: t(`role.${value}`),
          }))}
          error={errors.field('role')}
        />
        {isHospital ? (
          <SelectField<HospitalAudience>
            label={t('invitations.colleague.audience')}
            hint={t('invitations.colleague.audienceHint')}
            value={audience}
            onChange={setAudience}
            options={AUDIENCES.map((value) => ({ value, label: t(`audience.${value}`) }))}
            error={errors.field('audience')}
          />
        ) : null}
        <TextAreaField
          label={t('invitations.colleague.message')}
          value={message}
          onChange={setMessage}
          error={errors.field('message')}
        />
        <ButtonRow>
          <Button type="submit" pending={invite.isPending}>
            {t('invitations.colleague.submit')}
          </Button>
        </ButtonRow>
      </Form>
    </>
  );
}
