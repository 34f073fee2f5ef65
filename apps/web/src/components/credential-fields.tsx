import { useTranslation } from 'react-i18next';
import { TextField, type TextFieldProps } from '@bunkai/ui';

type CredentialFieldProps = Pick<TextFieldProps, 'value' | 'onChange' | 'error'>;

/** The account's e-mail address; `username` when it pairs with the current password. */
export function EmailField({
  autoComplete,
  ...props
}: CredentialFieldProps & { autoComplete: 'email' | 'username' }) {
  const { t } = useTranslation();
  return (
    <TextField
      {...props}
      label={t('auth.email')}
      type="email"
      autoComplete={autoComplete}
      required
    />
  );
}

/** The current password, or a new one with the rules it must meet below it. */
export function PasswordField({
  purpose,
  ...props
}: CredentialFieldProps & { label: string; purpose: 'current' | 'new' }) {
  const { t } = useTranslation();
  return (
    <TextField
      {...props}
      type="password"
      autoComplete={`${purpose}-password`}
      required
      hint={purpose === 'new' ? t('auth.signUp.passwordHint') : undefined}
    />
  );
}
