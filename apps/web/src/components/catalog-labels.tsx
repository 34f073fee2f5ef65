import { useTranslation } from 'react-i18next';
import {
  DIFF_KIND_LABELS,
  FACILITY_SIZES,
  isOneOf,
  SERVICE_TYPES,
  VERSION_STATUS_LABELS,
  type CrosswalkRelation,
  type DiffKind,
  type VersionStatus,
} from '@bunkai/model';
import { Badge } from '@bunkai/ui';
import type { Requirement } from '../lib/types';

interface Titled {
  titleJa: string;
  titleEn: string;
}

/** Titles in the current language, and the names of catalog versions. */
export function useCatalogText() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const title = (item: Titled) => (en && item.titleEn ? item.titleEn : item.titleJa);
  return {
    en,
    title,
    /**
     * Under a Japanese title, the English one in small print; nothing in English, nor when the two
     * are one (a foreign OSCAL catalog has a single title).
     */
    subtitle: (item: Titled): string | null =>
      !en && item.titleEn && item.titleEn !== item.titleJa ? item.titleEn : null,
    versionName: (catalog: Titled, label: string) =>
      t('catalogs.name', { catalog: title(catalog), version: label }),
    facilitySize: (value: string) =>
      isOneOf(FACILITY_SIZES, value) ? t(`sizeClass.${value}`) : value,
    serviceType: (value: string) =>
      isOneOf(SERVICE_TYPES, value) ? t(`serviceType.${value}`) : value,
  };
}

export function StatusBadge({ status }: { status: VersionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge tone={VERSION_STATUS_LABELS[status].tone}>{t(`catalogs.statuses.${status}`)}</Badge>
  );
}

/** 「未確認」: editable demo content, not authoritative guideline text (explained on hover). */
export function UnconfirmedBadge() {
  const { t } = useTranslation();
  return (
    <Badge tone="warning" title={t('catalogs.unconfirmedHint')}>
      {t('catalogs.unconfirmed')}
    </Badge>
  );
}

/** 「廃止」: a withdrawn item, kept and shown but never a row of a new matrix. */
export function WithdrawnBadge() {
  const { t } = useTranslation();
  return (
    <Badge tone="neutral" title={t('catalogs.withdrawnHint')}>
      {t('catalogs.withdrawn')}
    </Badge>
  );
}

export function RelationBadge({ relation }: { relation: CrosswalkRelation }) {
  const { t } = useTranslation();
  return (
    <Badge tone="info" title={t(`catalogs.relationHints.${relation}`)}>
      {t(`catalogs.relations.${relation}`)}
    </Badge>
  );
}

export function KindBadge({ kind }: { kind: DiffKind }) {
  const { t } = useTranslation();
  return <Badge tone={DIFF_KIND_LABELS[kind].tone}>{t(`catalogs.diff.kinds.${kind}`)}</Badge>;
}

/** What a reader calls an item: its OSCAL label (`AC-17(1)`) when it has one, else its code. */
export const itemLabel = (item: { code: string; label: string | null }): string =>
  item.label ?? item.code;

/** A title in the current language with, in Japanese, the English one under it. */
export function Title({ item, code }: { item: Titled; code?: string }) {
  const text = useCatalogText();
  const sub = text.subtitle(item);
  return (
    <>
      {code ? <span className="bk-mono">{code}</span> : null} {text.title(item)}
      {sub ? (
        <span className="bk-sub" lang="en">
          {sub}
        </span>
      ) : null}
    </>
  );
}

/** Audience, owner and level as small labels, and 「廃止」 and 「未確認」 where they apply. */
export function RequirementChips({ item }: { item: Requirement }) {
  const { t } = useTranslation();
  const chips = [
    item.withdrawn ? <WithdrawnBadge key="withdrawn" /> : null,
    ...item.audience.map((a) => (
      <Badge key={`audience-${a}`}>{t(`catalogs.audiences.${a}`)}</Badge>
    )),
    item.defaultOwner ? (
      <Badge key="owner" tone="info">
        {t('catalogs.ownerChip', { owner: t(`catalogs.owners.${item.defaultOwner}`) })}
      </Badge>
    ) : null,
    item.level ? <Badge key="level">{t('catalogs.levelChip', { level: item.level })}</Badge> : null,
    item.unconfirmed ? <UnconfirmedBadge key="unconfirmed" /> : null,
  ].filter(Boolean);
  return chips.length > 0 ? <div className="bk-chips">{chips}</div> : null;
}

// "ja / en" in one string (the bundled crosswalk notes): the " / " after Japanese text and before
// Latin text. The English half may itself quote Japanese, so only the seam is looked for.
const BILINGUAL_SEAM = /(?<=[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef])\s\/\s(?=[A-Za-z0-9"“(])/;

/** A note written "日本語 / English" in the current language; any other note as it is. */
export function useLocalNote() {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  return (note: string): string => {
    const seam = BILINGUAL_SEAM.exec(note);
    if (!seam) return note;
    return en ? note.slice(seam.index + seam[0].length) : note.slice(0, seam.index);
  };
}
