import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FACILITY_SIZES,
  MAX_SEARCH_LENGTH,
  OWNER_SIDES,
  REQUIREMENT_AUDIENCES,
} from '@bunkai/model';
import {
  Button,
  ButtonRow,
  Card,
  FactList,
  Muted,
  Notice,
  PageHeader,
  SelectField,
  TextField,
} from '@bunkai/ui';
import { errorMessage } from '../../../lib/errors';
import { useTRPC, useTRPCClient } from '../../../lib/trpc';
import type { Requirement } from '../../../lib/types';
import { RequireOrganization } from '../../../components/require-organization';
import { findVersion, useCatalogs, type VersionInCatalog } from '../../../lib/catalog-data';
import {
  itemLabel,
  RequirementChips,
  StatusBadge,
  useCatalogText,
} from '../../../components/catalog-labels';
import { Linkified } from '../../../components/linkified';
import { RequirementPanel } from './requirement-panel';
import type { VersionSearch } from '../search';
import { useEffectiveDate } from '../use-effective-date';
import { ExportMenu, StatusAction } from './version-actions';
import '../catalogs.css';

const PAGE_SIZE = 50;
const SEARCH_DELAY_MS = 300;

/** `/catalogs/$versionId`: a version as a tree, with search, filters and the item's detail. */
export function VersionPage({ versionId, search }: { versionId: string; search: VersionSearch }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="bk-back">
        <Link to="/catalogs">← {t('catalogs.browse.back')}</Link>
      </p>
      <RequireOrganization>
        {() => <VersionBrowser key={versionId} versionId={versionId} search={search} />}
      </RequireOrganization>
    </>
  );
}

function VersionBrowser({ versionId, search }: { versionId: string; search: VersionSearch }) {
  const { t } = useTranslation();
  const text = useCatalogText();
  const catalogs = useCatalogs();
  const found = findVersion(catalogs.data, versionId);
  if (catalogs.isPending) return <Notice>{t('common.loading')}</Notice>;
  if (catalogs.isError) return <Notice tone="error">{errorMessage(catalogs.error)}</Notice>;
  if (!found) {
    return (
      <>
        <PageHeader title={t('catalogs.title')} />
        <Card>
          <Notice tone="warning">{t('catalogs.browse.notFound')}</Notice>
        </Card>
      </>
    );
  }
  const name = text.versionName(found.catalog, found.version.label);
  const sub = text.subtitle(found.catalog);
  return (
    <>
      <PageHeader
        title={name}
        lead={
          <>
            <span className="bk-mono">{found.catalog.code}</span>
            {sub ? <span lang="en"> · {sub}</span> : null}
          </>
        }
      />
      <VersionFacts found={found} name={name} />
      <div className={`bk-split${search.item ? ' bk-split-with-panel' : ''}`}>
        <RequirementList versionId={versionId} search={search} />
        {search.item ? (
          <aside className="bk-split-panel">
            <RequirementPanel
              key={search.item}
              versionId={versionId}
              code={search.item}
              search={search}
            />
          </aside>
        ) : null}
      </div>
    </>
  );
}

function VersionFacts({ found, name }: { found: VersionInCatalog; name: string }) {
  const { t } = useTranslation();
  const effectiveDate = useEffectiveDate();
  const { catalog, version, previous } = found;
  return (
    <Card>
      <FactList
        items={[
          {
            id: 'status',
            label: t('catalogs.status'),
            value: <StatusBadge status={version.status} />,
          },
          {
            id: 'effectiveDate',
            label: t('catalogs.effectiveDate'),
            value: effectiveDate(version.effectiveDate),
          },
          {
            id: 'requirements',
            label: t('catalogs.requirements'),
            value: (
              <>
                {t('catalogs.requirementCount', { count: version.requirementCount })}
                {version.unconfirmedCount > 0 ? (
                  <span className="bk-sub">
                    {t('catalogs.unconfirmedCount', { count: version.unconfirmedCount })}
                  </span>
                ) : null}
              </>
            ),
          },
          ...(version.source
            ? [
                {
                  id: 'source',
                  label: t('catalogs.browse.source'),
                  value: <Linkified text={version.source} />,
                },
              ]
            : []),
        ]}
      />
      {version.notes ? (
        <details className="bk-details">
          <summary>{t('catalogs.browse.notes')}</summary>
          <p className="bk-prose">{version.notes}</p>
        </details>
      ) : null}
      {version.unconfirmedCount > 0 ? (
        <Notice tone="warning">
          {t('catalogs.unconfirmedNotice', { count: version.unconfirmedCount })}
        </Notice>
      ) : null}
      <ButtonRow>
        {previous ? (
          <Link
            to="/catalogs/diff"
            search={{ from: previous.id, to: version.id }}
            className="bk-button bk-button-secondary"
          >
            {t('catalogs.diffPrevious')}
          </Link>
        ) : null}
        <ExportMenu versionId={version.id} name={name} />
        <StatusAction catalog={catalog} version={version} name={name} />
      </ButtonRow>
    </Card>
  );
}

function RequirementList({ versionId, search }: { versionId: string; search: VersionSearch }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const navigate = useNavigate();
  const text = useCatalogText();
  const [keyword, setKeyword] = useState(search.q ?? '');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());

  const filter = {
    versionId,
    search: search.q,
    audience: search.audience,
    level: search.level,
    facilitySize: search.size,
    owner: search.owner,
  };
  // The whole version (≤ 500 items) gives the tree's shape and the levels to filter by.
  const whole = useQuery(trpc.catalogs.requirements.queryOptions({ versionId, limit: 500 }));
  const list = useInfiniteQuery({
    queryKey: [...trpc.catalogs.requirements.pathKey(), 'pages', filter],
    queryFn: ({ pageParam }) =>
      client.catalogs.requirements.query({ ...filter, offset: pageParam, limit: PAGE_SIZE }),
    initialPageParam: 0,
    getNextPageParam: (page) => page.nextOffset ?? undefined,
    placeholderData: keepPreviousData,
  });

  const setFilter = (patch: Partial<VersionSearch>) => {
    void navigate({
      to: '/catalogs/$versionId',
      params: { versionId },
      search: { ...search, ...patch },
      replace: true,
      resetScroll: false,
    });
  };

  // The keyword goes to the server once typing pauses.
  useEffect(() => {
    const next = keyword.trim() || undefined;
    if (next === search.q) return;
    const timer = setTimeout(() => {
      void navigate({
        to: '/catalogs/$versionId',
        params: { versionId },
        search: { ...search, q: next },
        replace: true,
        resetScroll: false,
      });
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [keyword, search, navigate, versionId]);

  const shape = whole.data?.items ?? [];
  const parentOf = new Map(shape.map((r) => [r.code, r.parentCode]));
  const withChildren = new Set(shape.flatMap((r) => (r.parentCode ? [r.parentCode] : [])));
  const levels = [
    ...new Set([...shape.map((r) => r.level), search.level].filter((l): l is string => Boolean(l))),
  ];
  const hidden = (item: Requirement) => {
    let parent = item.parentCode;
    for (let guard = 0; parent && guard < 100; guard++) {
      if (collapsed.has(parent)) return true;
      parent = parentOf.get(parent) ?? null;
    }
    return false;
  };
  const toggle = (code: string) => {
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(code)) next.add(code);
      return next;
    });
  };
  const filtered = Boolean(
    search.q || search.audience || search.level || search.size || search.owner,
  );
  const all = t('catalogs.browse.all');
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages.at(-1)?.total ?? 0;

  return (
    <Card>
      <form
        className="bk-filters"
        role="search"
        aria-label={t('catalogs.browse.filters')}
        onSubmit={(event) => {
          event.preventDefault();
          setFilter({ q: keyword.trim() || undefined });
        }}
      >
        <div className="bk-field-wide">
          <TextField
            type="search"
            label={t('catalogs.browse.search')}
            hint={t('catalogs.browse.searchHint')}
            value={keyword}
            maxLength={MAX_SEARCH_LENGTH}
            onChange={setKeyword}
          />
        </div>
        <SelectField
          label={t('catalogs.browse.audience')}
          value={search.audience ?? ''}
          options={[
            { value: '', label: all },
            ...REQUIREMENT_AUDIENCES.map((value) => ({
              value,
              label: t(`catalogs.audiences.${value}`),
            })),
          ]}
          onChange={(value) => {
            setFilter({ audience: value || undefined });
          }}
        />
        <SelectField
          label={t('catalogs.browse.level')}
          value={search.level ?? ''}
          options={[{ value: '', label: all }, ...levels.map((value) => ({ value, label: value }))]}
          onChange={(value) => {
            setFilter({ level: value || undefined });
          }}
        />
        <SelectField
          label={t('catalogs.browse.facilitySize')}
          value={search.size ?? ''}
          options={[
            { value: '', label: all },
            ...FACILITY_SIZES.map((value) => ({ value, label: t(`sizeClass.${value}`) })),
          ]}
          onChange={(value) => {
            setFilter({ size: value || undefined });
          }}
        />
        <SelectField
          label={t('catalogs.browse.owner')}
          value={search.owner ?? ''}
          options={[
            { value: '', label: all },
            ...OWNER_SIDES.map((value) => ({ value, label: t(`catalogs.owners.${value}`) })),
          ]}
          onChange={(value) => {
            setFilter({ owner: value || undefined });
          }}
        />
      </form>
      {filtered ? (
        <ButtonRow>
          <Button
            variant="secondary"
            onClick={() => {
              setKeyword('');
              setFilter({
                q: undefined,
                audience: undefined,
                level: undefined,
                size: undefined,
                owner: undefined,
              });
            }}
          >
            {t('catalogs.browse.clear')}
          </Button>
        </ButtonRow>
      ) : null}
      {list.isPending ? (
        <Notice>{t('common.loading')}</Notice>
      ) : !list.data ? (
        <Notice tone="error">{errorMessage(list.error)}</Notice>
      ) : (
        <>
          <p className="bk-muted" aria-live="polite">
            {t('catalogs.browse.shown', { total, shown: items.length })}
          </p>
          {items.length === 0 ? (
            <Muted>{t('catalogs.browse.empty')}</Muted>
          ) : (
            <ul
              className="bk-tree"
              aria-label={t('catalogs.browse.list')}
              aria-busy={list.isFetching || undefined}
            >
              {items
                .filter((item) => !hidden(item))
                .map((item) => {
                  const section = withChildren.has(item.code);
                  const sub = text.subtitle(item);
                  // Groups read as headings even when empty; withdrawn items are muted.
                  const classes = [
                    section || item.kind === 'group' ? 'bk-tree-section' : null,
                    item.withdrawn ? 'bk-tree-withdrawn' : null,
                  ].filter(Boolean);
                  return (
                    <li
                      key={item.code}
                      className={classes.length > 0 ? classes.join(' ') : undefined}
                      aria-current={item.code === search.item ? 'true' : undefined}
                      style={{ paddingLeft: `${0.5 + item.depth * 1.25}rem` }}
                    >
                      {section ? (
                        <button
                          type="button"
                          className="bk-tree-toggle"
                          aria-expanded={!collapsed.has(item.code)}
                          aria-label={t('catalogs.browse.children', { code: item.code })}
                          onClick={() => {
                            toggle(item.code);
                          }}
                        >
                          <span aria-hidden="true">{collapsed.has(item.code) ? '▸' : '▾'}</span>
                        </button>
                      ) : (
                        <span className="bk-tree-spacer" />
                      )}
                      <div className="bk-tree-body">
                        <Link
                          to="/catalogs/$versionId"
                          params={{ versionId }}
                          search={{ ...search, item: item.code }}
                          resetScroll={false}
                        >
                          <span className="bk-mono">{itemLabel(item)}</span> {text.title(item)}
                        </Link>
                        {sub ? (
                          <span className="bk-sub" lang="en">
                            {sub}
                          </span>
                        ) : null}
                        <RequirementChips item={item} />
                      </div>
                    </li>
                  );
                })}
            </ul>
          )}
          {list.hasNextPage ? (
            <div className="bk-inline-actions">
              <ButtonRow>
                <Button
                  variant="secondary"
                  pending={list.isFetchingNextPage}
                  onClick={() => {
                    void list.fetchNextPage();
                  }}
                >
                  {t('catalogs.browse.more')}
                </Button>
              </ButtonRow>
            </div>
          ) : null}
          {list.isFetchNextPageError ? (
            <Notice tone="error">{errorMessage(list.error)}</Notice>
          ) : null}
        </>
      )}
    </Card>
  );
}
