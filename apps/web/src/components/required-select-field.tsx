import { useTranslation } from 'react-i18next';
import { SelectField, type SelectFieldProps } from '@bunkai/ui';

/** A choice the user must make, starting at 「選択してください」. */
export function RequiredSelectField<T extends string>(
  props: Omit<SelectFieldProps<T>, 'required' | 'placeholder'>,
) {
  const { t } = useTranslation();
  return <SelectField<T> {...props} required placeholder={t('common.choose')} />;
}
