import { useTranslation } from 'react-i18next';
import {
  isOneOf,
  MAX_SEARCH_LENGTH,
  OWNER_BUCKETS,
  REQUIREMENT_AUDIENCES,
  ROW_STATUSES_IN_WORKFLOW_ORDER,
} from '@bunkai/model';
import { Button, ButtonRow, CheckboxField, SelectField, TextField } from '@bunkai/ui';
import {
  isFiltered,
  NO_CHAPTER,
  NO_FILTERS,
  type Chapter,
  type FacetCounts,
  type MatrixFilters,
} from '../state/filters';
import { useMatrixText } from '../labels';

/** The filters above the grid; each choice shows how many rows it would leave. */
export function FilterBar({
  filters,
  facets,
  chapters,
  total,
  shown,
  onChange,
}: {
  filters: MatrixFilters;
  facets: FacetCounts;
  chapters: Chapter[];
  total: number;
  shown: number;
  onChange: (patch: Partial<MatrixFilters>) => void;
}) {
  const { t } = useTranslation();
  const text = useMatrixText();
  const option = (label: string, count: number) => t('matrix.filters.option', { label, count });
  const all = t('matrix.filters.all');
  return (
    <>
      <form
        className="bk-filters bk-mfilters"
        role="search"
        aria-label={t('matrix.filters.label')}
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <div className="bk-mfilters-search">
          <TextField
            type="search"
            label={t('matrix.filters.search')}
            hint={t('matrix.filters.searchHint')}
            value={filters.q}
            maxLength={MAX_SEARCH_LENGTH}
            onChange={(q) => {
              onChange({ q });
            }}
          />
        </div>
        <SelectField
          label={t('matrix.fields.ownerSide')}
          value={filters.owner}
          options={[
            { value: '', label: all },
            ...OWNER_BUCKETS.map((value) => ({
              value,
              label: option(t(`matrix.owners.${value}`), facets.owner[value]),
            })),
          ]}
          onChange={(value) => {
            onChange({ owner: isOneOf(OWNER_BUCKETS, value) ? value : '' });
          }}
        />
        <SelectField
          label={t('matrix.fields.status')}
          value={filters.status}
          options={[
            { value: '', label: all },
            ...ROW_STATUSES_IN_WORKFLOW_ORDER.map((value) => ({
              value,
              label: option(text.status(value), facets.status[value]),
            })),
          ]}
          onChange={(value) => {
            onChange({ status: isOneOf(ROW_STATUSES_IN_WORKFLOW_ORDER, value) ? value : '' });
          }}
        />
        <SelectField
          label={t('matrix.filters.audience')}
          value={filters.audience}
          options={[
            { value: '', label: all },
            ...REQUIREMENT_AUDIENCES.map((value) => ({
              value,
              label: option(t(`catalogs.audiences.${value}`), facets.audience[value]),
            })),
          ]}
          onChange={(value) => {
            onChange({ audience: isOneOf(REQUIREMENT_AUDIENCES, value) ? value : '' });
          }}
        />
        <SelectField
          label={t('matrix.filters.chapter')}
          value={filters.chapter}
          options={[
            { value: '', label: all },
            ...chapters.map((chapter) => ({
              value: chapter.key,
              label: option(
                chapter.key === NO_CHAPTER
                  ? t('matrix.filters.noChapter')
                  : `${chapter.code ?? ''} ${text.title(chapter)}`.trim(),
                facets.chapter.get(chapter.key) ?? 0,
              ),
            })),
          ]}
          onChange={(chapter) => {
            onChange({ chapter });
          }}
        />
        <div className="bk-field-wide">
          <CheckboxField
            label={t('matrix.filters.mine', { count: facets.mine })}
            hint={t('matrix.filters.mineHint')}
            checked={filters.mine}
            onChange={(mine) => {
              onChange({ mine });
            }}
          />
        </div>
      </form>
      <div className="bk-filter-status">
        <p className="bk-muted" aria-live="polite">
          {t('matrix.filters.shown', { total, shown })}
        </p>
        {isFiltered(filters) ? (
          <ButtonRow>
            <Button
              variant="secondary"
              onClick={() => {
                onChange(NO_FILTERS);
              }}
            >
              {t('matrix.filters.clear')}
            </Button>
          </ButtonRow>
        ) : null}
      </div>
    </>
  );
}
