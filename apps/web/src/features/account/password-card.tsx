import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card, Form, FormError, Notice, SubmitRow } from '@bunkai/ui';
import { useFormErrors } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import { PasswordField } from '../../components/credential-fields';

/** Every other session ends; this browser continues in a fresh session. */
export function PasswordCard() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const change = useMutation(
    trpc.account.changePassword.mutationOptions({
      onSuccess: () => {
        setCurrentPassword('');
        setNewPassword('');
        void queryClient.invalidateQueries({ queryKey: trpc.account.sessions.queryKey() });
      },
    }),
  );
  const errors = useFormErrors(change.error, ['currentPassword', 'newPassword']);
  return (
    <Card title={t('account.password.title')} id="password">
      {change.isSuccess ? <Notice tone="success">{t('account.password.done')}</Notice> : null}
      <Form
        label={t('account.password.title')}
        onSubmit={() => {
          change.mutate({ currentPassword, newPassword });
        }}
      >
        <FormError message={errors.summary} />
        <PasswordField
          label={t('account.password.current')}
          purpose="current"
          value={currentPassword}
          onChange={setCurrentPassword}
          error={errors.field('currentPassword')}
        />
        <PasswordField
          label={t('account.password.next')}
          purpose="new"
          value={newPassword}
          onChange={setNewPassword}
          error={errors.field('newPassword')}
        />
        <SubmitRow label={t('account.password.submit')} pending={change.isPending} />
      </Form>
    </Card>
  );
}
