import type { MatrixFileDoc, MatrixFileRow, MatrixImportRow } from './model';

/**
 * Test matrices in the shape of the 2024 確認表. The item texts paraphrase the kind of content the
 * 確認表 has and are marked (U) where they stand for an item of the real table.
 */

const base = {
  chapterCode: null,
  chapterTitleJa: null,
  titleEn: '',
  textEn: '',
  unconfirmed: false,
  hospitalConfirmation: null,
  vendorConfirmation: null,
  evidence: [],
} satisfies Partial<MatrixFileRow>;

/** Seven rows: every owner side and none, every phase, every status, evidence of several kinds. */
export const ehrRows: MatrixFileRow[] = [
  {
    ...base,
    code: '1-1',
    chapterCode: '1',
    chapterTitleJa: '契約・責任分界',
    titleJa: '役割分担の明確化',
    titleEn: 'Clear division of roles',
    textJa:
      '医療情報システムの運用に係る医療機関等と事業者の役割分担を、契約の締結前に文書で明確にする。',
    unconfirmed: true,
    ownerSide: 'shared',
    phase: 'pre_contract',
    hospitalDuty: '役割分担案を確認し、院内の責任者（企画管理者）を定める。',
    vendorDuty: '役割分担案とサービス仕様書（SLA を含む）を提示する。',
    dueDate: '2025-03-31',
    status: 'agreed',
    hospitalConfirmation: { by: '山田 太郎', at: '2025-02-10T01:00:00.000Z' },
    // 23:30 UTC is the next day in Japan: the 確認日 is 2025-02-13.
    vendorConfirmation: { by: '佐藤 花子', at: '2025-02-12T23:30:00.000Z' },
    evidence: [
      { kind: 'contract_clause', title: '業務委託契約書', reference: '第12条' },
      { kind: 'sla_clause', title: 'サービスレベル合意書', reference: '別紙2' },
    ],
  },
  {
    ...base,
    code: '2-1',
    chapterCode: '2',
    chapterTitleJa: '運用管理',
    titleJa: '利用者の識別・認証',
    textJa: '利用者ごとに ID を発行し、退職・異動の際は速やかに無効化する。',
    ownerSide: 'hospital',
    phase: 'operate',
    hospitalDuty: '職員の利用者 ID を発行し、年1回棚卸しする。\n退職者の ID は当日中に無効化する。',
    vendorDuty: '',
    dueDate: '2025-04-01',
    status: 'proposed',
    hospitalConfirmation: { by: '山田 太郎', at: '2025-02-20T02:00:00.000Z' },
  },
  {
    ...base,
    code: '2-2',
    chapterCode: '2',
    chapterTitleJa: '運用管理',
    titleJa: 'バックアップ',
    textJa: '医療情報のバックアップを取得し、世代管理と復元テストを行う。',
    ownerSide: 'vendor',
    phase: 'operate',
    hospitalDuty: '復元テストの結果報告を受け、記録を保管する。',
    vendorDuty: '日次でバックアップを取得し、3世代を遠隔地に保管する。',
    dueDate: null,
    status: 'agreed',
    hospitalConfirmation: { by: '山田 太郎', at: '2025-03-01T00:00:00.000Z' },
    vendorConfirmation: { by: '佐藤 花子', at: '2025-02-28T05:00:00.000Z' },
    evidence: [
      {
        kind: 'disclosure_answer',
        title: 'サービス仕様適合開示書 (SDS)',
        reference: 'SDS 5.3',
      },
    ],
  },
  {
    ...base,
    code: '2-3',
    chapterCode: '2',
    chapterTitleJa: '運用管理',
    titleJa: '医療機器の外部接続',
    textJa: '外部ネットワークに接続する医療機器の脆弱性情報を管理する。',
    ownerSide: 'not_applicable',
    phase: 'build',
    hospitalDuty: '',
    vendorDuty: '',
    dueDate: null,
    status: 'draft',
  },
  {
    ...base,
    code: '3-1',
    chapterCode: '3',
    chapterTitleJa: '障害・インシデント対応',
    titleJa: 'インシデント発生時の連絡',
    textJa: 'サイバー攻撃等のインシデントが起きたときの連絡体制と初動を定める。',
    unconfirmed: true,
    ownerSide: 'shared',
    phase: 'incident',
    hospitalDuty: '厚生労働省と警察への報告を行う。',
    vendorDuty: '検知から1時間以内に医療機関の窓口へ第一報を入れる。',
    dueDate: '2025-06-30',
    status: 'disputed',
    evidence: [{ kind: 'document', title: 'インシデント対応手順書', reference: '' }],
  },
  {
    ...base,
    code: '3-2',
    chapterCode: '3',
    chapterTitleJa: '障害・インシデント対応',
    titleJa: 'BCP の策定',
    textJa: 'システム障害時にも診療を続けるための業務継続計画を定める。',
    ownerSide: null,
    phase: null,
    hospitalDuty: '',
    vendorDuty: '',
    dueDate: null,
    status: 'draft',
  },
  {
    ...base,
    code: '4-1',
    chapterCode: '4',
    chapterTitleJa: '契約終了',
    titleJa: 'データの返却・消去',
    textJa: '契約終了時に医療情報を返却し、事業者側の複製を確実に消去する。',
    ownerSide: 'vendor',
    phase: 'exit',
    hospitalDuty: '返却データの形式（標準形式）を指定する。',
    vendorDuty: '標準形式でデータを返却し、消去証明書を発行する。',
    dueDate: '2030-03-31',
    status: 'needs_review',
    evidence: [{ kind: 'link', title: '消去証明書の様式', reference: 'https://example.jp/erase' }],
  },
];

export const ehrDoc: MatrixFileDoc = {
  hospitalName: '地域医療センター病院',
  vendorName: '株式会社メディカルクラウド',
  systemName: '電子カルテシステム',
  serviceType: 'cloud',
  catalogCode: 'role-split-2024',
  catalogTitleJa: '医療情報システムの契約における当事者間の役割分担等に関する確認表',
  catalogTitleEn: 'Checklist on the division of roles between the parties to a medical IT contract',
  versionLabel: '2024',
  exportedAt: '2025-03-15T06:30:00.000Z',
  rows: ehrRows,
};

/** A second system with a name Excel cannot use as it is (`/`, `:` and over 31 characters). */
export const pacsDoc: MatrixFileDoc = {
  ...ehrDoc,
  vendorName: '画像システム株式会社',
  systemName: 'PACS/放射線部門: 画像保存通信システム（本院・分院・健診センター共通）',
  serviceType: 'on_premise',
  rows: [
    {
      ...base,
      code: '1-1',
      chapterCode: '1',
      chapterTitleJa: '契約・責任分界',
      titleJa: '役割分担の明確化',
      textJa: '役割分担を契約の締結前に明確にする。',
      ownerSide: 'hospital',
      phase: 'pre_contract',
      hospitalDuty: '院内の責任者を定める。',
      vendorDuty: '',
      dueDate: '2025-05-01',
      status: 'proposed',
    },
    {
      ...base,
      code: '2-2',
      chapterCode: '2',
      chapterTitleJa: '運用管理',
      titleJa: 'バックアップ',
      textJa: '画像データのバックアップを取得する。',
      ownerSide: 'shared',
      phase: 'operate',
      hospitalDuty: 'バックアップ媒体を施錠保管する。',
      vendorDuty: '週次で外部媒体にバックアップする。',
      dueDate: null,
      status: 'draft',
    },
  ],
};

/** What an import gives back for a doc: the fields it may change, with spreadsheet rows. */
export function importedRows(doc: MatrixFileDoc, firstRow: number): MatrixImportRow[] {
  return doc.rows.map((r, i) => ({
    row: firstRow + i,
    code: r.code,
    ownerSide: r.ownerSide,
    phase: r.phase,
    hospitalDuty: r.hospitalDuty,
    vendorDuty: r.vendorDuty,
    dueDate: r.dueDate,
  }));
}
