import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Card, Muted, Notice } from '@bunkai/ui';
import { errorMessage } from '../lib/errors';
import { useActiveOrganization } from '../lib/session';
import { useTRPC } from '../lib/trpc';

/** 「統合表示」 for one of the hospital's systems (e.g. a cell of the systems table). */
export function CombinedViewLink({ systemId, name }: { systemId: string; name: string }) {
  const { t } = useTranslation();
  return (
    <Link
      to="/matrix/combined/$systemId"
      params={{ systemId }}
      aria-label={t('matrixDocs.combinedLink.openFor', { name })}
    >
      {t('matrixDocs.combinedLink.open')}
    </Link>
  );
}

/**
 * The hospital's systems, each with a link to its combined view of every vendor's matrix (e.g. a
 * section of the `/matrix` page). Renders nothing for vendors and other organizations.
 */
export function CombinedSystemsCard() {
  const { active } = useActiveOrganization();
  if (active?.kind !== 'hospital') return null;
  return <SystemsList />;
}

function SystemsList() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const systems = useQuery(trpc.systems.list.queryOptions());
  return (
    <Card title={t('matrixDocs.combinedLink.title')} id="combined-views">
      <Muted>{t('matrixDocs.combinedLink.lead')}</Muted>
      {systems.isPending ? (
        <Notice>{t('common.loading')}</Notice>
      ) : systems.isError ? (
        <Notice tone="error">{errorMessage(systems.error)}</Notice>
      ) : systems.data.length === 0 ? (
        <Muted>{t('matrixDocs.combinedLink.empty')}</Muted>
      ) : (
        <ul className="bk-list">
          {systems.data.map((system) => (
            <li key={system.id}>
              <Link to="/matrix/combined/$systemId" params={{ systemId: system.id }}>
                {t('matrixDocs.combinedLink.openFor', { name: system.name })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
