import {
  LIFECYCLE_PHASE_LABELS,
  MATRIX_OWNER_SIDE_LABELS,
  ROW_STATUS_LABELS,
  labelsIn,
  type EvidenceKind,
  type MatrixPhase,
} from '@bunkai/model';
import { normalizeHeader } from '../catalog/columns';

/**
 * The columns of the 2024 MHLW/METI/MIC 確認表 (「医療情報システムの契約における当事者間の役割分担等
 * に関する確認表」) as Bunkai writes them, in order. Headers are Japanese; the English names are
 * accepted on import. Only the `imported` columns are read back: status and confirmations change
 * in Bunkai only, by the people who confirm.
 */

export type MatrixColumnName =
  | 'code'
  | 'chapter'
  | 'title'
  | 'text'
  | 'hospital'
  | 'vendor'
  | 'not_applicable'
  | 'phase'
  | 'hospital_duty'
  | 'vendor_duty'
  | 'first_confirmation'
  | 'confirmed_on'
  | 'due_date'
  | 'status'
  | 'hospital_confirmed_by'
  | 'vendor_confirmed_by'
  | 'evidence'
  | 'unconfirmed';

/** How a cell is written and read: `mark` cells hold ○ or nothing, `date` cells a date. */
export type MatrixColumnKind = 'code' | 'text' | 'mark' | 'phase' | 'date' | 'label';

export interface MatrixColumn {
  name: MatrixColumnName;
  /** The header as written. */
  ja: string;
  /** Further accepted header spellings, compared after `normalizeHeader`. */
  aliases: readonly string[];
  kind: MatrixColumnKind;
  /** Read back by `parseMatrixFile`. */
  imported: boolean;
  /** Excel column width in characters. */
  width: number;
}

export const MATRIX_COLUMNS: readonly MatrixColumn[] = [
  {
    name: 'code',
    ja: '項番',
    aliases: ['番号', 'コード', 'No', 'No.'],
    kind: 'code',
    imported: true,
    width: 9,
  },
  {
    name: 'chapter',
    ja: '章',
    aliases: ['区分', '大項目'],
    kind: 'text',
    imported: false,
    width: 18,
  },
  {
    name: 'title',
    ja: '項目',
    aliases: ['項目名', '表題'],
    kind: 'text',
    imported: false,
    width: 24,
  },
  {
    name: 'text',
    ja: '内容',
    aliases: ['本文', '確認内容'],
    kind: 'text',
    imported: false,
    width: 44,
  },
  {
    name: 'hospital',
    ja: '医療機関',
    aliases: ['医療機関等'],
    kind: 'mark',
    imported: true,
    width: 9,
  },
  {
    name: 'vendor',
    ja: '事業者',
    aliases: ['ベンダー', '事業者等'],
    kind: 'mark',
    imported: true,
    width: 9,
  },
  {
    name: 'not_applicable',
    ja: '対象外',
    aliases: ['該当なし', 'N/A'],
    kind: 'mark',
    imported: true,
    width: 9,
  },
  {
    name: 'phase',
    ja: 'フェーズ',
    aliases: ['段階', 'ライフサイクル'],
    kind: 'phase',
    imported: true,
    width: 16,
  },
  {
    name: 'hospital_duty',
    ja: '医療機関の対応',
    aliases: ['医療機関等の対応', '医療機関の役割'],
    kind: 'text',
    imported: true,
    width: 40,
  },
  {
    name: 'vendor_duty',
    ja: '事業者の対応',
    aliases: ['事業者の役割'],
    kind: 'text',
    imported: true,
    width: 40,
  },
  {
    name: 'first_confirmation',
    ja: '初回確認',
    aliases: [],
    kind: 'label',
    imported: false,
    width: 9,
  },
  { name: 'confirmed_on', ja: '確認日', aliases: [], kind: 'date', imported: false, width: 12 },
  {
    name: 'due_date',
    ja: '完了日',
    aliases: ['期限', '完了予定日'],
    kind: 'date',
    imported: true,
    width: 12,
  },
  {
    name: 'status',
    ja: '状態',
    aliases: ['ステータス'],
    kind: 'label',
    imported: false,
    width: 10,
  },
  {
    name: 'hospital_confirmed_by',
    ja: '医療機関確認者',
    aliases: [],
    kind: 'label',
    imported: false,
    width: 14,
  },
  {
    name: 'vendor_confirmed_by',
    ja: '事業者確認者',
    aliases: [],
    kind: 'label',
    imported: false,
    width: 14,
  },
  {
    name: 'evidence',
    ja: '根拠',
    aliases: ['エビデンス'],
    kind: 'text',
    imported: false,
    width: 36,
  },
  {
    name: 'unconfirmed',
    ja: '未確認',
    aliases: ['要確認'],
    kind: 'mark',
    imported: false,
    width: 8,
  },
];

/** The CSV's first column, so one file holds a whole workspace. */
export const SYSTEM_COLUMN = {
  name: 'system',
  ja: 'システム',
  aliases: ['システム名', 'system_name'],
};

/**
 * A single owner column (`hospital`, `共同`…), accepted on import instead of or beside the three
 * mark columns, for files people build themselves.
 */
export const OWNER_COLUMN = {
  name: 'owner',
  ja: '担当',
  aliases: ['担当側', 'owner_side', '責任主体'],
};

/** The labels of the title lines above the header, read back for the exact system name. */
export const TITLE_LABELS = {
  hospital: '医療機関',
  vendor: '事業者',
  system: 'システム',
  catalog: 'カタログ',
  exportedAt: '出力日時',
} as const;

export const MATRIX_TITLE = '役割分担等に関する確認表（責任分界表）';
export const SUMMARY_SHEET = '概要';
export const MARK = '○';

// The file says what the screens say: the model's Japanese labels.
export const PHASE_LABELS = labelsIn(LIFECYCLE_PHASE_LABELS, 'ja');
export const OWNER_LABELS = labelsIn(MATRIX_OWNER_SIDE_LABELS, 'ja');
export const STATUS_LABELS = labelsIn(ROW_STATUS_LABELS, 'ja');

/** Earlier spellings still read on import (files exported before the labels matched the grid). */
export const PHASE_ALIASES: Partial<Record<MatrixPhase, readonly string[]>> = {
  build: ['構築', '導入'],
  exit: ['契約終了', '移行'],
};

/** The 確認表's own words for the kinds of evidence (shorter than the screens'). */
export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  disclosure_answer: '開示書回答',
  document: '文書',
  contract_clause: '契約条項',
  sla_clause: 'SLA条項',
  link: 'リンク',
};

/** Header text → what it is, for every spelling `parseMatrixFile` accepts. */
export type MatrixHeaderField = MatrixColumnName | 'system' | 'owner';

const byHeader = new Map<string, MatrixHeaderField>();
for (const c of [...MATRIX_COLUMNS, SYSTEM_COLUMN, OWNER_COLUMN]) {
  for (const alias of [c.name, c.ja, ...c.aliases]) {
    byHeader.set(normalizeHeader(alias), c.name as MatrixHeaderField);
  }
}

export function matrixFieldForHeader(header: string): MatrixHeaderField | undefined {
  return byHeader.get(normalizeHeader(header));
}
