import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ButtonRow, Card, FactList, Muted, Notice } from '@bunkai/ui';
import { errorMessage } from '../../../lib/errors';
import { useTRPC } from '../../../lib/trpc';
import type { Counterpart, Requirement } from '../../../lib/types';
import { findVersion, useCatalogs } from '../../../lib/catalog-data';
import {
  itemLabel,
  RelationBadge,
  RequirementChips,
  useCatalogText,
  useLocalNote,
} from '../../../components/catalog-labels';
import { Links, Params, Parts, Statement } from './oscal-detail';
import type { VersionSearch } from '../search';

/**
 * The detail of one item: its full text (an imported control's statement, parameters, guidance and
 * other parts, links), attributes and where it went in other versions.
 */
export function RequirementPanel({
  versionId,
  code,
  search,
}: {
  versionId: string;
  code: string;
  search: VersionSearch;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const text = useCatalogText();
  const detail = useQuery(trpc.catalogs.requirement.queryOptions({ versionId, code }));
  const close = (
    <ButtonRow>
      <Link
        to="/catalogs/$versionId"
        params={{ versionId }}
        search={{ ...search, item: undefined }}
        resetScroll={false}
        className="bk-button bk-button-secondary"
      >
        {t('catalogs.detail.close')}
      </Link>
    </ButtonRow>
  );
  if (detail.isPending) {
    return (
      <Card>
        <Notice>{t('common.loading')}</Notice>
        {close}
      </Card>
    );
  }
  if (detail.isError) {
    return (
      <Card>
        <Notice tone="error">
          {t('catalogs.detail.loadError')}: {errorMessage(detail.error)}
        </Notice>
        {close}
      </Card>
    );
  }
  const { requirement: item, counterparts, statement, params, parts, links } = detail.data;
  const sub = text.subtitle(item);
  // An imported withdrawn control has no text at all: its notice and links say what replaced it.
  const textless = item.withdrawn && !item.textJa && !item.textEn;
  return (
    <Card
      id="requirement-detail"
      title={
        <>
          <span className="bk-mono">{itemLabel(item)}</span> {text.title(item)}
        </>
      }
    >
      {sub ? (
        <p className="bk-sub" lang="en">
          {sub}
        </p>
      ) : null}
      <RequirementChips item={item} />
      {item.unconfirmed ? (
        <Notice tone="warning">{t('catalogs.detail.unconfirmedNotice')}</Notice>
      ) : null}
      {item.withdrawn ? (
        <Notice tone="warning">{t('catalogs.detail.withdrawnNotice')}</Notice>
      ) : null}
      {statement ? (
        <>
          <h3>{t('catalogs.oscal.parts.statement')}</h3>
          <Statement statement={statement} />
        </>
      ) : textless ? null : (
        <>
          <h3>{t('catalogs.detail.textJa')}</h3>
          <p className="bk-prose" lang="ja">
            {item.textJa || t('catalogs.detail.noText')}
          </p>
          <h3>{t('catalogs.detail.textEn')}</h3>
          <p className="bk-prose" lang="en">
            {item.textEn || t('catalogs.detail.noText')}
          </p>
        </>
      )}
      {params.length > 0 ? (
        <>
          <h3>{t('catalogs.detail.params')}</h3>
          <Params params={params} />
        </>
      ) : null}
      <Parts parts={parts} />
      {links.length > 0 ? (
        <>
          <h3>{t('catalogs.detail.links')}</h3>
          <Links links={links} versionId={versionId} search={search} />
        </>
      ) : null}
      <h3>{t('catalogs.detail.attributes')}</h3>
      <Attributes item={item} versionId={versionId} search={search} />
      <h3>{t('catalogs.detail.counterparts')}</h3>
      <Counterparts counterparts={counterparts} />
      {close}
    </Card>
  );
}

function Attributes({
  item,
  versionId,
  search,
}: {
  item: Requirement;
  versionId: string;
  search: VersionSearch;
}) {
  const { t } = useTranslation();
  const text = useCatalogText();
  const none = t('catalogs.detail.none');
  const list = (values: string[]) =>
    values.length > 0 ? values.join(t('common.listSeparator')) : none;
  return (
    <FactList
      items={[
        { id: 'code', label: t('catalogs.detail.code'), value: item.code },
        ...(item.label
          ? [{ id: 'label', label: t('catalogs.detail.label'), value: item.label }]
          : []),
        {
          id: 'parent',
          label: t('catalogs.detail.parent'),
          value: item.parentCode ? (
            <Link
              to="/catalogs/$versionId"
              params={{ versionId }}
              search={{ ...search, item: item.parentCode }}
              resetScroll={false}
            >
              {item.parentCode}
            </Link>
          ) : (
            none
          ),
        },
        {
          id: 'audience',
          label: t('catalogs.detail.audience'),
          value: list(item.audience.map((a) => t(`catalogs.audiences.${a}`))),
        },
        { id: 'level', label: t('catalogs.detail.level'), value: item.level ?? none },
        {
          id: 'facilitySizes',
          label: t('catalogs.detail.facilitySizes'),
          value:
            item.facilitySizes.length > 0
              ? list(item.facilitySizes.map(text.facilitySize))
              : t('catalogs.detail.allFacilities'),
        },
        {
          id: 'serviceTypes',
          label: t('catalogs.detail.serviceTypes'),
          value:
            item.serviceTypes.length > 0
              ? list(item.serviceTypes.map(text.serviceType))
              : t('catalogs.detail.allServiceTypes'),
        },
        {
          id: 'owner',
          label: t('catalogs.detail.owner'),
          value: item.defaultOwner ? t(`catalogs.owners.${item.defaultOwner}`) : none,
        },
        {
          id: 'phase',
          label: t('catalogs.detail.phase'),
          value: item.phase ? t(`catalogs.phases.${item.phase}`) : none,
        },
        {
          id: 'checklistRefs',
          label: t('catalogs.detail.checklistRefs'),
          value: list(item.checklistRefs),
        },
      ]}
    />
  );
}

/** 「他の版での対応」: where a 5.2 item went in 6.0, and where a 6.0 item came from. */
function Counterparts({ counterparts }: { counterparts: Counterpart[] }) {
  const { t } = useTranslation();
  const text = useCatalogText();
  const localNote = useLocalNote();
  const catalogs = useCatalogs();
  if (counterparts.length === 0) return <Muted>{t('catalogs.detail.noCounterparts')}</Muted>;
  const versionName = (c: Counterpart) => {
    const found = findVersion(catalogs.data, c.versionId);
    return found
      ? text.versionName(found.catalog, found.version.label)
      : `${c.catalogCode} ${c.versionLabel}`;
  };
  const groups = (['earlier', 'later'] as const)
    .map((direction) => ({
      direction,
      entries: counterparts.filter((c) => c.direction === direction),
    }))
    .filter((group) => group.entries.length > 0);
  return (
    <>
      <Muted>{t('catalogs.detail.counterpartsLead')}</Muted>
      {groups.map((group) => (
        <section key={group.direction} aria-label={t(`catalogs.detail.${group.direction}`)}>
          <h4>{t(`catalogs.detail.${group.direction}`)}</h4>
          <ul className="bk-counterparts">
            {group.entries.map((c, index) => {
              const titled = { titleJa: c.titleJa ?? '', titleEn: c.titleEn ?? '' };
              return (
                <li key={`${c.versionId}-${c.code ?? 'none'}-${index}`}>
                  <div>
                    <RelationBadge relation={c.relation} /> {versionName(c)}
                  </div>
                  <div>
                    {c.code ? (
                      <Link
                        to="/catalogs/$versionId"
                        params={{ versionId: c.versionId }}
                        search={{ item: c.code }}
                      >
                        <span className="bk-mono">{c.code}</span> {text.title(titled)}
                      </Link>
                    ) : (
                      <span className="bk-muted">{t('catalogs.detail.noCounterpartCode')}</span>
                    )}
                  </div>
                  {c.note ? <p className="bk-sub">{localNote(c.note)}</p> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
