import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Badge, ButtonRow, Card, Notice, PageHeader, Table } from '@bunkai/ui';
import { errorMessage } from '../../lib/errors';
import type { Catalog, CatalogVersion } from '../../lib/types';
import { RequireOrganization } from '../shell/access';
import { newestFirst, useCatalogAccess, useCatalogs } from './catalog-data';
import { StatusBadge, useCatalogText } from './labels';
import { useEffectiveDate } from './use-effective-date';
import { ExportMenu, StatusAction } from './version-actions';
import './catalogs.css';

export function CatalogsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('catalogs.title')} lead={t('catalogs.lead')} />
      <RequireOrganization>{() => <CatalogList />}</RequireOrganization>
    </>
  );
}

function CatalogList() {
  const { t } = useTranslation();
  const catalogs = useCatalogs();
  const access = useCatalogAccess();
  return (
    <>
      <div className="bk-inline-actions bk-page-actions">
        <ButtonRow>
          <Link to="/catalogs/diff" className="bk-button bk-button-secondary">
            {t('catalogs.compare')}
          </Link>
          {access.canImport ? (
            <Link to="/catalogs/import" className="bk-button bk-button-secondary">
              {t('catalogs.import')}
            </Link>
          ) : null}
        </ButtonRow>
      </div>
      {catalogs.isPending ? (
        <Notice>{t('common.loading')}</Notice>
      ) : catalogs.isError ? (
        <Notice tone="error">
          {t('catalogs.loadError')}: {errorMessage(catalogs.error)}
        </Notice>
      ) : catalogs.data.length === 0 ? (
        <Card>
          <Notice>{t('catalogs.empty')}</Notice>
        </Card>
      ) : (
        catalogs.data.map((catalog) => <CatalogCard key={catalog.id} catalog={catalog} />)
      )}
    </>
  );
}

function CatalogCard({ catalog }: { catalog: Catalog }) {
  const { t } = useTranslation();
  const text = useCatalogText();
  const effectiveDate = useEffectiveDate();
  const sub = text.subtitle(catalog);
  const name = (version: CatalogVersion) => text.versionName(catalog, version.label);
  const versions = newestFirst(catalog.versions);
  return (
    <Card title={text.title(catalog)} id={`catalog-${catalog.code}`}>
      <p className="bk-muted">
        <span className="bk-mono">{catalog.code}</span>
        {sub ? <span lang="en"> · {sub}</span> : null}{' '}
        {catalog.private ? (
          <Badge tone="info" title={t('catalogs.privateHint')}>
            {t('catalogs.private')}
          </Badge>
        ) : null}
      </p>
      <Table<CatalogVersion>
        rows={versions}
        rowKey={(v) => v.id}
        columns={[
          {
            key: 'label',
            header: t('catalogs.version'),
            cell: (v) => (
              <>
                <strong>{v.label}</strong>
                {v.unconfirmedCount > 0 ? (
                  <div className="bk-chips">
                    <Badge tone="warning" title={t('catalogs.unconfirmedHint')}>
                      {t('catalogs.unconfirmedVersion')}
                    </Badge>
                  </div>
                ) : null}
              </>
            ),
          },
          {
            key: 'status',
            header: t('catalogs.status'),
            cell: (v) => <StatusBadge status={v.status} />,
            nowrap: true,
          },
          {
            key: 'effectiveDate',
            header: t('catalogs.effectiveDate'),
            cell: (v) => effectiveDate(v.effectiveDate),
            nowrap: true,
          },
          {
            key: 'count',
            header: t('catalogs.requirements'),
            cell: (v) => (
              <>
                {t('catalogs.requirementCount', { count: v.requirementCount })}
                {v.unconfirmedCount > 0 ? (
                  <span className="bk-sub">
                    {t('catalogs.unconfirmedCount', { count: v.unconfirmedCount })}
                  </span>
                ) : null}
              </>
            ),
            nowrap: true,
          },
          {
            key: 'actions',
            header: t('catalogs.actions'),
            cell: (v) => {
              const previous = versions[versions.indexOf(v) + 1];
              return (
                <ButtonRow>
                  <Link
                    to="/catalogs/$versionId"
                    params={{ versionId: v.id }}
                    className="bk-button bk-button-secondary"
                    aria-label={t('catalogs.actionOn', {
                      action: t('catalogs.view'),
                      name: name(v),
                    })}
                  >
                    {t('catalogs.view')}
                  </Link>
                  {previous ? (
                    <Link
                      to="/catalogs/diff"
                      search={{ from: previous.id, to: v.id }}
                      className="bk-button bk-button-secondary"
                      aria-label={t('catalogs.actionOn', {
                        action: t('catalogs.diffPrevious'),
                        name: name(v),
                      })}
                    >
                      {t('catalogs.diffPrevious')}
                    </Link>
                  ) : null}
                  <ExportMenu versionId={v.id} name={name(v)} />
                  <StatusAction catalog={catalog} version={v} name={name(v)} />
                </ButtonRow>
              );
            },
          },
        ]}
      />
    </Card>
  );
}
