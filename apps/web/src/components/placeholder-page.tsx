import { useTranslation } from 'react-i18next';
import { Card, Notice, PageHeader } from '@bunkai/ui';

type Section = 'workspaces' | 'matrix' | 'disclosures' | 'alerts' | 'network';

/** A section whose issue has not landed yet: says what it will hold. */
export function PlaceholderPage({ section }: { section: Section }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(`nav.${section}`)} lead={t(`placeholder.${section}`)} />
      <Card>
        <Notice>{t('placeholder.soon')}</Notice>
      </Card>
    </>
  );
}
