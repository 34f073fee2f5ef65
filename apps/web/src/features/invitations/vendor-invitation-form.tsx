import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, Notice } from '@bunkai/ui';
import { errorMessage, useFormErrors } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import type { MedicalSystem } from '../../lib/types';
import { InvitationForm, useInvitationDraft } from './invitation-form';

/** A hospital invites a vendor's contact for some of its systems. */
export function VendorInvitationForm({
  systems,
  systemsError,
  onSent,
}: {
  systems: MedicalSystem[] | undefined;
  systemsError: unknown;
  onSent: (email: string) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const draft = useInvitationDraft(onSent);
  const [systemIds, setSystemIds] = useState<string[]>([]);
  const invite = useMutation(
    trpc.invitations.createVendor.mutationOptions({
      onSuccess: (invitation) => {
        setSystemIds([]);
        return draft.sent(invitation);
      },
    }),
  );
  const errors = useFormErrors(invite.error, ['email', 'systemIds', 'message']);

  if (systemsError) return <Notice tone="error">{errorMessage(systemsError)}</Notice>;
  if (!systems) return <Notice>{t('common.loading')}</Notice>;
  if (systems.length === 0) {
    return (
      <Notice>
        <p>{t('invitations.vendor.noSystems')}</p>
        <Link to="/systems">{t('invitations.vendor.toSystems')}</Link>
      </Notice>
    );
  }
  return (
    <InvitationForm
      kind="vendor"
      draft={draft}
      errors={errors}
      pending={invite.isPending}
      onSubmit={() => {
        invite.mutate({ email: draft.email, systemIds, message: draft.messageToSend });
      }}
    >
      <CheckboxGroup
        legend={t('invitations.vendor.systems')}
        options={systems.map((s) => ({
          value: s.id,
          label: t('common.withNote', { text: s.name, note: t(`category.${s.category}`) }),
        }))}
        values={systemIds}
        onChange={setSystemIds}
        error={errors.field('systemIds')}
      />
    </InvitationForm>
  );
}
