import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAdminRole } from '@bunkai/model';
import { Form, FormError, Notice, RadioGroup, SubmitRow, TextField } from '@bunkai/ui';
import { errorMessage, useFormErrors } from '../../../lib/errors';
import { useTRPC } from '../../../lib/trpc';
import type { RouterOutputs } from '../../../lib/types';

type Preview = RouterOutputs['invitations']['preview'];
const NEW = 'new';

/** Accepts; a vendor invitation needs one of my vendor organizations (as admin) or a new one. */
export function AcceptForm({ token, preview }: { token: string; preview: Preview }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const isVendor = preview.kind === 'vendor';
  const organizations = useQuery({
    ...trpc.account.organizations.queryOptions(),
    enabled: isVendor,
  });
  const vendorOrganizations = (organizations.data ?? []).filter(
    (o) => o.kind === 'vendor' && isAdminRole(o.role),
  );
  const [picked, setPicked] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  // Until the user picks: the first organization I administer, else a new one.
  const choice = picked ?? vendorOrganizations[0]?.id ?? NEW;
  const accept = useMutation(
    trpc.invitations.accept.mutationOptions({
      onSuccess: async () => {
        // The joined organization is now the active one: refetch everything.
        await queryClient.invalidateQueries();
        await navigate({ to: preview.organizationKind === 'coordinator' ? '/' : '/workspaces' });
      },
    }),
  );
  const errors = useFormErrors(accept.error, ['vendor', 'vendor.newOrganizationName']);

  if (isVendor && organizations.isPending) return <Notice>{t('common.loading')}</Notice>;
  if (isVendor && organizations.isError) {
    return <Notice tone="error">{errorMessage(organizations.error)}</Notice>;
  }
  const submit = () => {
    if (!isVendor) accept.mutate({ token });
    else if (choice === NEW) accept.mutate({ token, vendor: { newOrganizationName: newName } });
    else accept.mutate({ token, vendor: { organizationId: choice } });
  };
  const missingName = isVendor && choice === NEW && newName.trim() === '';
  return (
    <Form onSubmit={submit}>
      <FormError message={errors.summary} />
      {isVendor ? (
        <RadioGroup<string>
          legend={t('accept.vendorChoice')}
          hint={t('accept.vendorChoiceHint')}
          name="vendor-organization"
          value={choice}
          onChange={setPicked}
          error={errors.field('vendor')}
          options={[
            ...vendorOrganizations.map((o) => ({ value: o.id, label: o.name })),
            {
              value: NEW,
              label: t('accept.newVendor'),
              detail: (
                <TextField
                  label={t('accept.newVendorName')}
                  autoComplete="organization"
                  required
                  value={newName}
                  onChange={setNewName}
                  error={errors.field('vendor.newOrganizationName')}
                />
              ),
            },
          ]}
        />
      ) : null}
      <SubmitRow label={t('accept.submit')} pending={accept.isPending} disabled={missingName} />
    </Form>
  );
}
