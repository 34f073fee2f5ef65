import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationKind } from '@bunkai/model';
import { Form, FormError, SubmitRow, TextAreaField, TextField } from '@bunkai/ui';
import type { FormErrors } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';

type InvitationDraft = ReturnType<typeof useInvitationDraft>;

/**
 * The invitee's address and the optional message of an invitation being written. `sent` clears
 * them, tells `onSent` and refreshes the invitation list.
 */
export function useInvitationDraft(onSent: (email: string) => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [message, setMessage] = useState('');
  return {
    email,
    setEmail,
    message,
    setMessage,
    /** The message as the API takes it: none when blank. */
    messageToSend: message.trim() === '' ? undefined : message,
    sent: (invitation: { email: string }) => {
      setEmail('');
      setMessage('');
      onSent(invitation.email);
      return queryClient.invalidateQueries({ queryKey: trpc.invitations.list.queryKey() });
    },
  };
}

/** An invitation form: the lead, the address, what `children` ask, the message, then send. */
export function InvitationForm({
  kind,
  draft,
  errors,
  pending,
  onSubmit,
  children,
}: {
  kind: InvitationKind;
  draft: InvitationDraft;
  errors: FormErrors;
  pending: boolean;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p className="bk-muted">{t(`invitations.${kind}.lead`)}</p>
      <Form label={t(`invitations.${kind}.title`)} onSubmit={onSubmit}>
        <FormError message={errors.summary} />
        <TextField
          label={t(`invitations.${kind}.email`)}
          type="email"
          autoComplete="off"
          required
          value={draft.email}
          onChange={draft.setEmail}
          error={errors.field('email')}
        />
        {children}
        <TextAreaField
          label={t(`invitations.${kind}.message`)}
          value={draft.message}
          onChange={draft.setMessage}
          error={errors.field('message')}
        />
        <SubmitRow label={t(`invitations.${kind}.submit`)} pending={pending} />
      </Form>
    </>
  );
}
