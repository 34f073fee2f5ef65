import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, Muted, Stats, Table } from '@bunkai/ui';
import { DIFF_KINDS, type DiffKind } from '@bunkai/model';
import type { DiffEntry, VersionDiff } from '../../../lib/types';
import {
  KindBadge,
  RelationBadge,
  useCatalogText,
  useLocalNote,
} from '../../../components/catalog-labels';

type Side = DiffEntry['from'][number];

/**
 * A version diff a manager reads in a minute: the counts on top, then old | relation | new with
 * notes, filtered by kind (unchanged items hidden at first). Used by the diff page and by the
 * import preview, where the new version has no id yet.
 */
export function DiffView({
  diff,
  fromName,
  toName,
  fromVersionId,
  toVersionId,
}: {
  diff: VersionDiff;
  fromName: string;
  toName: string;
  /** When given, the codes on that side link to the version's item. */
  fromVersionId?: string;
  toVersionId?: string;
}) {
  const { t } = useTranslation();
  const localNote = useLocalNote();
  const [kinds, setKinds] = useState<DiffKind[]>(DIFF_KINDS.filter((k) => k !== 'unchanged'));
  const rows = diff.entries
    .map((entry, index) => ({ ...entry, key: String(index) }))
    .filter((entry) => kinds.includes(entry.kind));
  return (
    <>
      <Stats
        label={t('catalogs.diff.summary')}
        items={DIFF_KINDS.map((kind) => ({
          id: kind,
          label: t(`catalogs.diff.kinds.${kind}`),
          value: diff.counts[kind] ?? 0,
        }))}
      />
      <Muted>
        {diff.basis === 'crosswalk'
          ? t('catalogs.diff.basisCrosswalk')
          : t('catalogs.diff.basisCode')}
      </Muted>
      <div className="bk-inline-choices">
        <CheckboxGroup
          legend={t('catalogs.diff.kindFilter')}
          options={DIFF_KINDS.map((kind) => ({
            value: kind,
            label: t(`catalogs.diff.kinds.${kind}`),
          }))}
          values={kinds}
          onChange={(values) => {
            // Keep the reading order whatever order the boxes were ticked in.
            setKinds(DIFF_KINDS.filter((k) => values.includes(k)));
          }}
        />
      </div>
      <p className="bk-muted" aria-live="polite">
        {t('catalogs.diff.shown', { total: diff.entries.length, shown: rows.length })}
      </p>
      <div className="bk-diff">
        <Table<DiffEntry & { key: string }>
          rows={rows}
          rowKey={(row) => row.key}
          empty={t('catalogs.diff.empty')}
          columns={[
            {
              key: 'kind',
              header: t('catalogs.diff.kind'),
              cell: (row) => <KindBadge kind={row.kind} />,
              nowrap: true,
            },
            {
              key: 'from',
              header: (
                <>
                  {t('catalogs.diff.from')}
                  <span className="bk-sub">{fromName}</span>
                </>
              ),
              cell: (row) => <Sides sides={row.from} versionId={fromVersionId} />,
            },
            {
              key: 'relation',
              header: t('catalogs.diff.relation'),
              cell: (row) =>
                row.relation ? (
                  <RelationBadge relation={row.relation} />
                ) : (
                  <span aria-hidden>→</span>
                ),
              nowrap: true,
            },
            {
              key: 'to',
              header: (
                <>
                  {t('catalogs.diff.to')}
                  <span className="bk-sub">{toName}</span>
                </>
              ),
              cell: (row) => <Sides sides={row.to} versionId={toVersionId} />,
            },
            {
              key: 'note',
              header: t('catalogs.diff.note'),
              cell: (row) =>
                row.note ? <span className="bk-note">{localNote(row.note)}</span> : null,
            },
          ]}
        />
      </div>
    </>
  );
}

function Sides({ sides, versionId }: { sides: Side[]; versionId: string | undefined }) {
  const text = useCatalogText();
  if (sides.length === 0) return <span className="bk-muted">—</span>;
  return (
    <>
      {sides.map((side) => {
        const sub = text.subtitle(side);
        return (
          <div key={side.code}>
            {versionId ? (
              <Link to="/catalogs/$versionId" params={{ versionId }} search={{ item: side.code }}>
                <span className="bk-mono">{side.code}</span>
              </Link>
            ) : (
              <span className="bk-mono">{side.code}</span>
            )}{' '}
            {text.title(side)}
            {sub ? (
              <span className="bk-sub" lang="en">
                {sub}
              </span>
            ) : null}
          </div>
        );
      })}
    </>
  );
}
