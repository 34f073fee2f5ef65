import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, Form, FormError, SubmitRow, TextField } from '@bunkai/ui';
import { useFormErrors } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import type { MyOrganization } from '../../lib/types';

/** Owners: the organization's name and whether its administrators must use MFA. */
export function OrganizationSettingsForm({
  organization,
  onSaved,
}: {
  organization: MyOrganization;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState(organization.name);
  const [requireMfa, setRequireMfa] = useState(organization.requireMfaForAdmins);
  const save = useMutation(
    trpc.organization.updateSettings.mutationOptions({
      onSuccess: () => {
        onSaved();
        return queryClient.invalidateQueries();
      },
    }),
  );
  const errors = useFormErrors(save.error, ['name']);
  return (
    <Form
      label={t('members.settings.title')}
      onSubmit={() => {
        save.mutate({ name, requireMfaForAdmins: requireMfa });
      }}
    >
      <FormError message={errors.summary} />
      <TextField
        label={t('members.settings.name')}
        required
        value={name}
        onChange={setName}
        error={errors.field('name')}
      />
      <CheckboxField
        label={t('members.settings.requireMfa')}
        hint={t('members.settings.requireMfaHint')}
        checked={requireMfa}
        onChange={setRequireMfa}
      />
      <SubmitRow label={t('members.settings.submit')} pending={save.isPending} />
    </Form>
  );
}
