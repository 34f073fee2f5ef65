import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonRow, Card, FormError, Notice, PageHeader, SelectField } from '@bunkai/ui';
import { errorMessage } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import type { Catalog } from '../../lib/types';
import { RequireOrganization } from '../shell/access';
import { findVersion, newestFirst, useCatalogs, type VersionInCatalog } from './catalog-data';
import { DiffView } from './diff-view';
import { useCatalogText } from './labels';
import type { DiffSearch } from './search';
import './catalogs.css';

/** `/catalogs/diff?from=…&to=…`: what changed between two versions. */
export function DiffPage({ search }: { search: DiffSearch }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="bk-back">
        <Link to="/catalogs">← {t('catalogs.browse.back')}</Link>
      </p>
      <PageHeader title={t('catalogs.diff.title')} lead={t('catalogs.diff.lead')} />
      <RequireOrganization>
        {() => <DiffContent key={`${search.from ?? ''}:${search.to ?? ''}`} search={search} />}
      </RequireOrganization>
    </>
  );
}

function DiffContent({ search }: { search: DiffSearch }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const text = useCatalogText();
  const catalogs = useCatalogs();
  const { from, to } = search;
  const diff = useQuery({
    ...trpc.catalogs.diff.queryOptions({ fromVersionId: from ?? '', toVersionId: to ?? '' }),
    enabled: Boolean(from && to),
  });
  if (catalogs.isPending) return <Notice>{t('common.loading')}</Notice>;
  if (catalogs.isError) return <Notice tone="error">{errorMessage(catalogs.error)}</Notice>;
  const fromFound = from ? findVersion(catalogs.data, from) : null;
  const toFound = to ? findVersion(catalogs.data, to) : null;
  const sameCatalog = Boolean(fromFound && fromFound.catalog.id === toFound?.catalog.id);
  // Within one catalog the version labels say enough; across catalogs, name both in full.
  const name = (found: VersionInCatalog | null, versionId: string) =>
    found
      ? sameCatalog
        ? found.version.label
        : text.versionName(found.catalog, found.version.label)
      : versionId;
  return (
    <>
      <VersionPicker catalogs={catalogs.data} search={search} />
      {!from || !to ? (
        <Card>
          <Notice>{t('catalogs.diff.prompt')}</Notice>
        </Card>
      ) : diff.isPending ? (
        <Notice>{t('common.loading')}</Notice>
      ) : diff.isError ? (
        <Notice tone="error">{errorMessage(diff.error)}</Notice>
      ) : (
        <Card
          title={
            sameCatalog && fromFound
              ? t('catalogs.diff.headingSame', {
                  catalog: text.title(fromFound.catalog),
                  from: name(fromFound, from),
                  to: name(toFound, to),
                })
              : t('catalogs.diff.heading', { from: name(fromFound, from), to: name(toFound, to) })
          }
        >
          <DiffView
            diff={diff.data}
            fromName={name(fromFound, from)}
            toName={name(toFound, to)}
            fromVersionId={from}
            toVersionId={to}
          />
        </Card>
      )}
    </>
  );
}

function VersionPicker({ catalogs, search }: { catalogs: Catalog[]; search: DiffSearch }) {
  const { t } = useTranslation();
  const text = useCatalogText();
  const navigate = useNavigate();
  const [from, setFrom] = useState(search.from ?? '');
  const [to, setTo] = useState(search.to ?? '');
  const [error, setError] = useState<string | null>(null);
  const options = catalogs.flatMap((catalog) =>
    newestFirst(catalog.versions).map((version) => ({
      value: version.id,
      label: t('catalogs.diff.option', {
        name: text.versionName(catalog, version.label),
        status: t(`catalogs.statuses.${version.status}`),
      }),
    })),
  );
  return (
    <Card title={t('catalogs.diff.pick')}>
      <FormError message={error} />
      <form
        className="bk-picker"
        noValidate
        aria-label={t('catalogs.diff.pick')}
        onSubmit={(event) => {
          event.preventDefault();
          if (!from || !to) {
            setError(t('catalogs.diff.prompt'));
            return;
          }
          setError(null);
          void navigate({ to: '/catalogs/diff', search: { from, to } });
        }}
      >
        <SelectField
          label={t('catalogs.diff.from')}
          value={from}
          options={options}
          placeholder={t('catalogs.diff.choose')}
          onChange={setFrom}
        />
        <SelectField
          label={t('catalogs.diff.to')}
          value={to}
          options={options}
          placeholder={t('catalogs.diff.choose')}
          onChange={setTo}
        />
        <ButtonRow>
          <Button type="submit">{t('catalogs.diff.submit')}</Button>
        </ButtonRow>
      </form>
    </Card>
  );
}
