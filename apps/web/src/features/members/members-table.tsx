import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  HOSPITAL_AUDIENCES,
  isAdminRole,
  rolesUpTo,
  type HospitalAudience,
  type MembershipRole,
} from '@bunkai/model';
import { Badge, Button, ConfirmDialog, FormError, Notice, SelectField, Table } from '@bunkai/ui';
import { errorMessage } from '../../lib/errors';
import { useSession } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import type { Member, MyOrganization } from '../../lib/types';

/** Members with role and MFA; admins change roles in place and remove after confirming. */
export function MembersTable({
  organization,
  onNotice,
}: {
  organization: MyOrganization;
  onNotice: (notice: string | null) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const session = useSession();
  const members = useQuery(trpc.organization.members.queryOptions());
  const [removing, setRemoving] = useState<Member | null>(null);
  const canManage = isAdminRole(organization.role);
  const isHospital = organization.kind === 'hospital';
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.organization.members.queryKey() });
  const change = useMutation(
    trpc.organization.changeMemberRole.mutationOptions({
      onSuccess: (member) => {
        onNotice(t('members.changed', { name: member.displayName }));
        return refresh();
      },
    }),
  );
  const remove = useMutation(
    trpc.organization.removeMember.mutationOptions({
      onSuccess: () => {
        if (removing) onNotice(t('members.removed', { name: removing.displayName }));
        setRemoving(null);
        return refresh();
      },
    }),
  );
  const grantable = rolesUpTo(organization.role);
  // An admin cannot touch an owner, and nobody edits themselves here.
  const editable = (m: Member) =>
    canManage && m.userId !== session?.user.id && grantable.includes(m.role);

  if (members.isPending) return <Notice>{t('common.loading')}</Notice>;
  if (members.isError) return <Notice tone="error">{errorMessage(members.error)}</Notice>;
  return (
    <>
      <FormError message={change.error ? errorMessage(change.error) : null} />
      <Table<Member>
        rows={members.data}
        rowKey={(m) => m.userId}
        columns={[
          {
            key: 'name',
            header: t('members.name'),
            cell: (m) =>
              m.userId === session?.user.id ? `${m.displayName}${t('members.you')}` : m.displayName,
          },
          { key: 'email', header: t('members.email'), cell: (m) => m.email },
          {
            key: 'role',
            header: t('members.role'),
            cell: (m) =>
              editable(m) ? (
                <SelectField<MembershipRole>
                  label={t('members.roleOf', { name: m.displayName })}
                  hideLabel
                  value={m.role}
                  disabled={change.isPending}
                  options={grantable.map((value) => ({ value, label: t(`role.${value}`) }))}
                  onChange={(role) => {
                    onNotice(null);
                    change.mutate({ userId: m.userId, role, audience: m.audience });
                  }}
                />
              ) : (
                t(`role.${m.role}`)
              ),
          },
          ...(isHospital
            ? [
                {
                  key: 'audience',
                  header: t('members.audience'),
                  cell: (m: Member) =>
                    editable(m) ? (
                      <SelectField<HospitalAudience>
                        label={t('members.audienceOf', { name: m.displayName })}
                        hideLabel
                        value={m.audience ?? ''}
                        placeholder={m.audience ? undefined : t('common.none')}
                        disabled={change.isPending}
                        options={HOSPITAL_AUDIENCES.map((value) => ({
                          value,
                          label: t(`audience.${value}`),
                        }))}
                        onChange={(audience) => {
                          onNotice(null);
                          change.mutate({ userId: m.userId, role: m.role, audience });
                        }}
                      />
                    ) : m.audience ? (
                      t(`audience.${m.audience}`)
                    ) : (
                      t('common.none')
                    ),
                },
              ]
            : []),
          {
            key: 'mfa',
            header: t('members.mfa'),
            cell: (m) =>
              m.mfaEnabled ? (
                <Badge tone="success">{t('members.mfaOn')}</Badge>
              ) : (
                <Badge tone="warning">{t('members.mfaOff')}</Badge>
              ),
          },
          ...(canManage
            ? [
                {
                  key: 'actions',
                  header: t('members.actions'),
                  cell: (m: Member) =>
                    editable(m) ? (
                      <Button
                        variant="danger"
                        onClick={() => {
                          remove.reset();
                          setRemoving(m);
                        }}
                      >
                        {t('members.remove')}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      {removing ? (
        <ConfirmDialog
          title={t('members.removeTitle')}
          confirmLabel={t('members.removeConfirm')}
          cancelLabel={t('common.cancel')}
          pending={remove.isPending}
          onConfirm={() => {
            onNotice(null);
            remove.mutate({ userId: removing.userId });
          }}
          onCancel={() => {
            setRemoving(null);
          }}
        >
          <p>{t('members.removeBody', { name: removing.displayName, email: removing.email })}</p>
          <FormError message={remove.error ? errorMessage(remove.error) : null} />
        </ConfirmDialog>
      ) : null}
    </>
  );
}
