import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INVITATION_STATUS_LABELS, isClosedInvitation, type InvitationStatus } from '@bunkai/model';
import { Badge, Button, ButtonRow, ConfirmDialog, FormError, Notice, Table } from '@bunkai/ui';
import { errorMessage } from '../../lib/errors';
import { useDateFormat } from '../../lib/format';
import { useTRPC } from '../../lib/trpc';
import type { Invitation, MedicalSystem } from '../../lib/types';

export function InvitationStatusBadge({ status }: { status: InvitationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge tone={INVITATION_STATUS_LABELS[status].tone}>{t(`invitations.status.${status}`)}</Badge>
  );
}

/** Sent invitations, newest first; pending or expired ones can be resent or revoked. */
export function InvitationsTable({
  systems,
  onNotice,
}: {
  systems: MedicalSystem[];
  onNotice: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const format = useDateFormat();
  const invitations = useQuery(trpc.invitations.list.queryOptions());
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.invitations.list.queryKey() });
  const resend = useMutation(
    trpc.invitations.resend.mutationOptions({
      onSuccess: (invitation) => {
        onNotice(t('invitations.list.resent', { email: invitation.email }));
        return refresh();
      },
    }),
  );
  const revoke = useMutation(
    trpc.invitations.revoke.mutationOptions({
      onSuccess: (invitation) => {
        setRevoking(null);
        onNotice(t('invitations.list.revoked', { email: invitation.email }));
        return refresh();
      },
    }),
  );
  const systemName = (id: string) => systems.find((s) => s.id === id)?.name ?? t('common.unknown');
  const actionError = resend.error ?? (revoking ? null : revoke.error);

  if (invitations.isPending) return <Notice>{t('common.loading')}</Notice>;
  if (invitations.isError) return <Notice tone="error">{errorMessage(invitations.error)}</Notice>;
  return (
    <>
      <FormError message={actionError ? errorMessage(actionError) : null} />
      <Table<Invitation>
        rows={invitations.data}
        rowKey={(i) => i.id}
        empty={t('invitations.list.empty')}
        columns={[
          {
            key: 'kind',
            header: t('invitations.list.kind'),
            cell: (i) => t(`invitations.list.kinds.${i.kind}`),
            nowrap: true,
          },
          { key: 'email', header: t('invitations.list.email'), cell: (i) => i.email },
          {
            key: 'target',
            header: t('invitations.list.target'),
            cell: (i) =>
              i.kind === 'vendor'
                ? i.systemIds.map(systemName).join(t('common.listSeparator'))
                : [t(`role.${i.role}`), i.audience ? t(`audience.${i.audience}`) : null]
                    .filter(Boolean)
                    .join(' / '),
          },
          {
            key: 'status',
            header: t('invitations.list.status'),
            cell: (i) => <InvitationStatusBadge status={i.status} />,
          },
          {
            key: 'expiresAt',
            header: t('invitations.list.expiresAt'),
            cell: (i) => format.dateTime(i.expiresAt),
            nowrap: true,
          },
          {
            key: 'actions',
            header: t('invitations.list.actions'),
            cell: (i) =>
              !isClosedInvitation(i.status) ? (
                <ButtonRow>
                  <Button
                    variant="secondary"
                    pending={resend.isPending && resend.variables.invitationId === i.id}
                    onClick={() => {
                      revoke.reset();
                      resend.mutate({ invitationId: i.id });
                    }}
                  >
                    {t('invitations.list.resend')}
                  </Button>
                  <Button
                    variant="danger"
                    onClick={() => {
                      resend.reset();
                      revoke.reset();
                      setRevoking(i);
                    }}
                  >
                    {t('invitations.list.revoke')}
                  </Button>
                </ButtonRow>
              ) : null,
          },
        ]}
      />
      {revoking ? (
        <ConfirmDialog
          title={t('invitations.list.revokeTitle')}
          confirmLabel={t('invitations.list.revokeConfirm')}
          cancelLabel={t('common.cancel')}
          pending={revoke.isPending}
          onConfirm={() => {
            revoke.mutate({ invitationId: revoking.id });
          }}
          onCancel={() => {
            setRevoking(null);
            revoke.reset();
          }}
        >
          <p>{t('invitations.list.revokeBody', { email: revoking.email })}</p>
          <FormError message={revoke.error ? errorMessage(revoke.error) : null} />
        </ConfirmDialog>
      ) : null}
    </>
  );
}
