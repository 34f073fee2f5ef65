import type { RequirementDoc } from '@bunkai/guidelines';
import {
  FACILITY_SIZES,
  LIFECYCLE_PHASES,
  OWNER_SIDES,
  REQUIREMENT_AUDIENCES,
  SERVICE_TYPES,
  VERSION_STATUSES,
} from '@bunkai/model';

/**
 * The flat layout shared by CSV and XLSX: one row per requirement, headers in English snake_case
 * (Japanese aliases accepted on import). Version metadata travels separately: passed by the
 * caller for CSV, in a `version` key/value sheet for XLSX.
 */

export type ColumnName =
  | 'code'
  | 'parent_code'
  | 'order'
  | 'title_ja'
  | 'title_en'
  | 'text_ja'
  | 'text_en'
  | 'audience'
  | 'level'
  | 'facility_sizes'
  | 'service_types'
  | 'default_owner'
  | 'phase'
  | 'checklist_refs'
  | 'unconfirmed'
  | 'kind'
  | 'withdrawn';

/** How a cell turns into a field: `list` cells hold several values joined with `|`. */
export type ColumnKind = 'code' | 'text' | 'optional' | 'int' | 'list' | 'enum' | 'bool';

export interface CatalogColumn {
  name: ColumnName;
  field: keyof RequirementDoc;
  /** Short Japanese label (also accepted as a header). */
  ja: string;
  descriptionJa: string;
  /** English description. */
  en: string;
  example: string;
  required: boolean;
  kind: ColumnKind;
  /** Allowed values for `enum` and enum `list` columns. */
  values?: readonly string[];
  /** Further accepted header spellings; compared after normalisation (see `normalizeHeader`). */
  aliases: readonly string[];
  /** Excel column width in characters. */
  width: number;
}

export const MULTI_VALUE_SEPARATOR = '|';

export const CATALOG_COLUMNS: readonly CatalogColumn[] = [
  {
    name: 'code',
    field: 'code',
    ja: 'コード',
    descriptionJa: '要求事項の識別子。版の中で一意。英数字と . _ - ( ) / が使えます。',
    en: 'Identifier of the requirement, unique within the version; letters, digits and . _ - ( ) /.',
    example: '1',
    required: true,
    kind: 'code',
    aliases: ['番号', '項番'],
    width: 14,
  },
  {
    name: 'parent_code',
    field: 'parentCode',
    ja: '親コード',
    descriptionJa: '上位の章・節のコード（同じ版の要求事項）。空欄なら最上位。例: 1',
    en: 'Code of the enclosing section (a requirement of the same version); blank at the top, e.g. 1.',
    example: '',
    required: false,
    kind: 'code',
    aliases: ['親', '上位コード'],
    width: 14,
  },
  {
    name: 'order',
    field: 'order',
    ja: '順序',
    descriptionJa: '同じ親の中での並び順（0以上の整数）。空欄ならファイル内の順。',
    en: 'Position among its siblings (a whole number, 0 or more); blank = the order in the file.',
    example: '0',
    required: false,
    kind: 'int',
    aliases: ['並び順', '表示順'],
    width: 8,
  },
  {
    name: 'title_ja',
    field: 'titleJa',
    ja: 'タイトル',
    descriptionJa: '日本語のタイトル（必須）。',
    en: 'Japanese title (required).',
    example: '情報セキュリティ方針の策定',
    required: true,
    kind: 'text',
    aliases: ['タイトル(日本語)', '表題', '見出し'],
    width: 40,
  },
  {
    name: 'title_en',
    field: 'titleEn',
    ja: 'タイトル(英)',
    descriptionJa: '英語のタイトル。',
    en: 'English title.',
    example: 'Establish an information security policy',
    required: false,
    kind: 'text',
    aliases: ['タイトル(英語)', '英語タイトル'],
    width: 40,
  },
  {
    name: 'text_ja',
    field: 'textJa',
    ja: '本文',
    descriptionJa: '日本語の本文。セル内で改行できます。',
    en: 'Japanese text; line breaks inside the cell are kept.',
    example: '医療機関等は情報セキュリティ方針を定め、職員に周知すること。',
    required: false,
    kind: 'text',
    aliases: ['本文(日本語)', '内容'],
    width: 60,
  },
  {
    name: 'text_en',
    field: 'textEn',
    ja: '本文(英)',
    descriptionJa: '英語の本文。',
    en: 'English text.',
    example: 'The facility sets an information security policy and makes it known to its staff.',
    required: false,
    kind: 'text',
    aliases: ['本文(英語)', '英語本文'],
    width: 60,
  },
  {
    name: 'audience',
    field: 'audience',
    ja: '対象者',
    descriptionJa: `対象者。${REQUIREMENT_AUDIENCES.join(', ')} を | で区切って複数指定できます。`,
    en: `Who it is for: ${REQUIREMENT_AUDIENCES.join(', ')}; several joined with |.`,
    example: 'management|admin',
    required: false,
    kind: 'list',
    values: REQUIREMENT_AUDIENCES,
    aliases: ['対象'],
    width: 22,
  },
  {
    name: 'level',
    field: 'level',
    ja: 'レベル',
    descriptionJa: '区分（例: 遵守事項、A、C、D）。自由記述、40文字以内。',
    en: 'Tier as the source states it (e.g. 遵守事項, A, C, D); free text, at most 40 characters.',
    example: '遵守事項',
    required: false,
    kind: 'optional',
    aliases: ['区分', 'レベル区分'],
    width: 12,
  },
  {
    name: 'facility_sizes',
    field: 'facilitySizes',
    ja: '施設規模',
    descriptionJa: `適用する施設規模。${FACILITY_SIZES.join(', ')} を | で区切って複数指定。空欄はすべて。`,
    en: `Facility sizes it applies to: ${FACILITY_SIZES.join(', ')}; several joined with |; blank = all.`,
    example: 'large_hospital|medium_hospital',
    required: false,
    kind: 'list',
    values: FACILITY_SIZES,
    aliases: ['規模', '対象施設'],
    width: 30,
  },
  {
    name: 'service_types',
    field: 'serviceTypes',
    ja: 'サービス形態',
    descriptionJa: `適用するシステムのサービス形態。${SERVICE_TYPES.join(', ')} を | で区切って複数指定。空欄はすべて。`,
    en: `Service types of the system it applies to: ${SERVICE_TYPES.join(', ')}; several joined with |; blank = all.`,
    example: 'cloud|hybrid',
    required: false,
    kind: 'list',
    values: SERVICE_TYPES,
    aliases: ['提供形態', '対象サービス形態'],
    width: 22,
  },
  {
    name: 'default_owner',
    field: 'defaultOwner',
    ja: '既定の担当',
    descriptionJa: `既定の担当側: ${OWNER_SIDES.join(', ')}。空欄は未定。`,
    en: `Default owner: ${OWNER_SIDES.join(', ')}; blank = not set.`,
    example: 'hospital',
    required: false,
    kind: 'enum',
    values: OWNER_SIDES,
    aliases: ['担当', '既定担当', '担当側'],
    width: 14,
  },
  {
    name: 'phase',
    field: 'phase',
    ja: 'フェーズ',
    descriptionJa: `ライフサイクルの段階: ${LIFECYCLE_PHASES.join(', ')}。空欄は未定。`,
    en: `Lifecycle phase: ${LIFECYCLE_PHASES.join(', ')}; blank = not set.`,
    example: 'operate',
    required: false,
    kind: 'enum',
    values: LIFECYCLE_PHASES,
    aliases: ['段階', 'ライフサイクル'],
    width: 14,
  },
  {
    name: 'checklist_refs',
    field: 'checklistRefs',
    ja: 'チェックリスト参照',
    descriptionJa: '関連するチェックリスト項目のコード。| で区切って複数指定。',
    en: 'Codes of related checklist items; several joined with |.',
    example: 'CL-1|CL-2',
    required: false,
    kind: 'list',
    aliases: ['チェックリスト', '参照'],
    width: 20,
  },
  {
    name: 'unconfirmed',
    field: 'unconfirmed',
    ja: '未確認',
    descriptionJa: '原典で未確認・推定の内容なら true（1, yes, はい も可）。空欄は false。',
    en: 'true for content not confirmed against the source (also 1, yes, はい); blank = false.',
    example: 'false',
    required: false,
    kind: 'bool',
    aliases: ['要確認'],
    width: 10,
  },
  {
    name: 'kind',
    field: 'kind',
    ja: '種別',
    descriptionJa:
      'group（節・見出し、表の行にならない）か requirement（要求事項）。空欄は requirement。',
    en: 'group (a section heading, never a matrix row) or requirement; blank = requirement.',
    example: 'requirement',
    required: false,
    kind: 'text',
    aliases: ['節か要求事項'],
    width: 12,
  },
  {
    name: 'withdrawn',
    field: 'withdrawn',
    ja: '廃止',
    descriptionJa: '廃止された要求事項なら true（表の新しい行にならない）。空欄は false。',
    en: 'true for a withdrawn requirement (never a new matrix row); blank = false.',
    example: 'false',
    required: false,
    kind: 'bool',
    aliases: ['取り下げ'],
    width: 10,
  },
];

export type VersionFieldName =
  | 'catalog_code'
  | 'catalog_title_ja'
  | 'catalog_title_en'
  | 'label'
  | 'status'
  | 'effective_date'
  | 'source'
  | 'notes';

/** Keys of the XLSX `version` sheet; `path` is the field in `{ catalog, version }`. */
export interface VersionField {
  name: VersionFieldName;
  path: `catalog.${'code' | 'titleJa' | 'titleEn'}` | `version.${string}`;
  ja: string;
  en: string;
  example: string;
  required: boolean;
  values?: readonly string[];
  aliases: readonly string[];
}

export const VERSION_FIELDS: readonly VersionField[] = [
  {
    name: 'catalog_code',
    path: 'catalog.code',
    ja: 'カタログコード',
    en: 'Catalog code, e.g. mhlw-gl (letters, digits and . _ - ( ) /).',
    example: 'my-hospital-rules',
    required: true,
    aliases: [],
  },
  {
    name: 'catalog_title_ja',
    path: 'catalog.titleJa',
    ja: 'カタログ名',
    en: 'Catalog title in Japanese.',
    example: '院内情報セキュリティ規程',
    required: true,
    aliases: ['カタログ名(日本語)'],
  },
  {
    name: 'catalog_title_en',
    path: 'catalog.titleEn',
    ja: 'カタログ名(英)',
    en: 'Catalog title in English.',
    example: 'In-house information security rules',
    required: true,
    aliases: ['カタログ名(英語)'],
  },
  {
    name: 'label',
    path: 'version.label',
    ja: '版',
    en: 'Version label, e.g. 6.0 or FY2025.',
    example: '1.0',
    required: true,
    aliases: ['バージョン', '版名'],
  },
  {
    name: 'status',
    path: 'version.status',
    ja: '状態',
    en: `Status: ${VERSION_STATUSES.join(', ')}; blank = draft.`,
    example: 'draft',
    required: false,
    values: VERSION_STATUSES,
    aliases: ['ステータス'],
  },
  {
    name: 'effective_date',
    path: 'version.effectiveDate',
    ja: '施行日',
    en: 'Effective date as YYYY-MM-DD; blank = none.',
    example: '2025-04-01',
    required: false,
    aliases: ['適用日', '発効日'],
  },
  {
    name: 'source',
    path: 'version.source',
    ja: '出典',
    en: 'Where the text comes from (URL or citation).',
    example: 'https://www.example.jp/rules.pdf',
    required: false,
    aliases: ['出所'],
  },
  {
    name: 'notes',
    path: 'version.notes',
    ja: '備考',
    en: 'Notes on this version.',
    example: '',
    required: false,
    aliases: ['メモ', '注記'],
  },
];

/** NFKC (full-width → ASCII), lower case, no spaces, `_` or `-`: `Parent Code` = `parentCode` = `parent_code`. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

function lookup<T extends { name: string; ja: string; aliases: readonly string[] }>(
  items: readonly T[],
  extra: (item: T) => string[],
): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    for (const alias of [item.name, item.ja, ...item.aliases, ...extra(item)]) {
      map.set(normalizeHeader(alias), item);
    }
  }
  return map;
}

const columnsByHeader = lookup(CATALOG_COLUMNS, (c) => [c.field]);
const versionFieldsByKey = lookup(VERSION_FIELDS, () => []);
// Looked up once per cell or issue: maps, not a search of the tables each time.
const columnsByField = new Map<string, CatalogColumn>(CATALOG_COLUMNS.map((c) => [c.field, c]));
const versionFieldsByPath = new Map<string, VersionField>(VERSION_FIELDS.map((f) => [f.path, f]));

export function columnForHeader(header: string): CatalogColumn | undefined {
  return columnsByHeader.get(normalizeHeader(header));
}

export function versionFieldForKey(key: string): VersionField | undefined {
  return versionFieldsByKey.get(normalizeHeader(key));
}

export function columnForField(field: string): CatalogColumn | undefined {
  return columnsByField.get(field);
}

/** The version sheet's field for a document path such as `version.label`. */
export function versionFieldForPath(path: string): VersionField | undefined {
  return versionFieldsByPath.get(path);
}

/** The column table as Markdown, for the README. */
export function catalogColumnsMarkdown(): string {
  const cell = (s: string) => s.replaceAll('|', '\\|');
  const lines = [
    '| column | 日本語 | required | description | example |',
    '| ------ | ------ | -------- | ----------- | ------- |',
    ...CATALOG_COLUMNS.map(
      (c) =>
        `| \`${c.name}\` | ${c.ja} | ${c.required ? 'yes' : ''} | ${cell(c.en)} | ${c.example === '' ? '' : `\`${cell(c.example)}\``} |`,
    ),
  ];
  return lines.join('\n') + '\n';
}
