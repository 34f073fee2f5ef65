import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonRow, Card, Form, FormError, Notice, TextField } from '@bunkai/ui';
import { useFormErrors } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';

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
        <TextField
          label={t('account.password.current')}
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={setCurrentPassword}
          error={errors.field('currentPassword')}
        />
        <TextField
          label={t('account.password.next')}
          type="password"
          autoComplete="new-password"
          required
          hint={t('auth.signUp.passwordHint')}
          value={newPassword}
          onChange={setNewPassword}
          error={errors.field('newPassword')}
        />
        <ButtonRow>
          <Button type="submit" pending={change.isPending}>
            {t('account.password.submit')}
          </Button>
        </ButtonRow>
      </Form>
    </Card>
  );
}
