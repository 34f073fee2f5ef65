import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  HOSPITAL_AUDIENCES,
  rolesUpTo,
  type HospitalAudience,
  type MembershipRole,
} from '@bunkai/model';
import { SelectField } from '@bunkai/ui';
import { useFormErrors } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import type { MyOrganization } from '../../lib/types';
import { InvitationForm, useInvitationDraft } from './invitation-form';

export function ColleagueInvitationForm({
  organization,
  onSent,
}: {
  organization: MyOrganization;
  onSent: (email: string) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const isHospital = organization.kind === 'hospital';
  const draft = useInvitationDraft(onSent);
  const [role, setRole] = useState<MembershipRole>('member');
  const [audience, setAudience] = useState<HospitalAudience>('staff');
  const invite = useMutation(
    trpc.invitations.createColleague.mutationOptions({ onSuccess: draft.sent }),
  );
  const errors = useFormErrors(invite.error, ['email', 'role', 'audience', 'message']);
  return (
    <InvitationForm
      kind="colleague"
      draft={draft}
      errors={errors}
      pending={invite.isPending}
      onSubmit={() => {
        invite.mutate({
          email: draft.email,
          role,
          audience: isHospital ? audience : undefined,
          message: draft.messageToSend,
        });
      }}
    >
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
          options={HOSPITAL_AUDIENCES.map((value) => ({ value, label: t(`audience.${value}`) }))}
          error={errors.field('audience')}
        />
      ) : null}
    </InvitationForm>
  );
}
