import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  ButtonRow,
  CheckboxGroup,
  Form,
  FormError,
  Notice,
  TextAreaField,
  TextField,
} from '@bunkai/ui';
import { errorMessage, useFormErrors } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import type { MedicalSystem } from '../../lib/types';

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
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [systemIds, setSystemIds] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const invite = useMutation(
    trpc.invitations.createVendor.mutationOptions({
      onSuccess: (invitation) => {
        setEmail('');
        setSystemIds([]);
        setMessage('');
        onSent(invitation.email);
        return queryClient.invalidateQueries({ queryKey: trpc.invitations.list.queryKey() });
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
    <>
      <p className="bk-muted">{t('invitations.vendor.lead')}</p>
      <Form
        label={t('invitations.vendor.title')}
        onSubmit={() => {
          invite.mutate({ email, systemIds, message: message.trim() === '' ? undefined : message });
        }}
      >
        <FormError message={errors.summary} />
        <TextField
          label={t('invitations.vendor.email')}
          type="email"
          autoComplete="off"
          required
          value={email}
          onChange={setEmail}
          error={errors.field('email')}
        />
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
        <TextAreaField
          label={t('invitations.vendor.message')}
          value={message}
          onChange={setMessage}
          error={errors.field('message')}
        />
        <ButtonRow>
          <Button type="submit" pending={invite.isPending}>
            {t('invitations.vendor.submit')}
          </Button>
        </ButtonRow>
      </Form>
    </>
  );
}
