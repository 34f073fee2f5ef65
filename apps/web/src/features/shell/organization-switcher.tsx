import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@bunkai/ui';
import { errorMessage } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import type { MyOrganization } from '../../lib/types';

/** Picks the session's active organization; every cached answer is then refetched. */
export function OrganizationSwitcher({
  organizations,
  active,
}: {
  organizations: MyOrganization[];
  active: MyOrganization | null;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const switchOrganization = useMutation(
    trpc.account.switchOrganization.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(),
    }),
  );
  if (organizations.length === 0) {
    return <span className="bk-muted">{t('header.noOrganization')}</span>;
  }
  return (
    <SelectField
      label={t('header.organization')}
      value={active?.id ?? ''}
      placeholder={active ? undefined : t('header.choose')}
      options={organizations.map((o) => ({
        value: o.id,
        label: t('common.withNote', { text: o.name, note: t(`orgKind.${o.kind}`) }),
      }))}
      disabled={switchOrganization.isPending}
      error={switchOrganization.error ? errorMessage(switchOrganization.error) : undefined}
      onChange={(organizationId) => {
        switchOrganization.mutate({ organizationId });
      }}
    />
  );
}
