import { useTranslation } from 'react-i18next';
import { Segmented } from '@bunkai/ui';
import { LANGUAGES, type Language } from '@bunkai/model';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      label={t('language.label')}
      value={i18n.language === 'en' ? 'en' : 'ja'}
      options={LANGUAGES.map((lng) => ({ value: lng, label: t(`language.${lng}`) }))}
      onChange={(lng) => void i18n.changeLanguage(lng)}
    />
  );
}
