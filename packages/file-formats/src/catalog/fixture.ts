import { CatalogVersionDoc } from '@bunkai/guidelines';
import type { CatalogMeta } from './rows';

/** A small 6.0-style catalog: a section (a group) with two children, every field used, one (U) item. */
export const fixtureDoc: CatalogVersionDoc = CatalogVersionDoc.parse({
  catalog: {
    code: 'mhlw-gl',
    titleJa: '医療情報システムの安全管理に関するガイドライン',
    titleEn: 'Guidelines for the Security Management of Medical Information Systems',
  },
  version: {
    label: '6.0',
    status: 'published',
    effectiveDate: '2023-05-31',
    source: 'https://www.mhlw.go.jp/stf/shingi/0000516275_00006.html',
    notes: '経営管理編・企画管理編・システム運用編の3編構成。',
  },
  requirements: [
    {
      code: 'G',
      kind: 'group',
      parentCode: null,
      order: 0,
      titleJa: '経営管理編',
      titleEn: 'Governance',
      textJa: '医療機関等の経営層が遵守すべき事項。',
      textEn: 'What the management of a medical institution must observe.',
      audience: ['management'],
      level: null,
      facilitySizes: [],
      serviceTypes: [],
      defaultOwner: 'hospital',
      phase: null,
      checklistRefs: [],
      unconfirmed: false,
    },
    {
      code: 'G-1',
      parentCode: 'G',
      order: 0,
      titleJa: '安全管理に関する責任・責務',
      titleEn: 'Responsibility for security management',
      textJa: '経営層は安全管理の責任を負う。\n必要な体制と予算を確保すること。',
      textEn: 'Management is responsible for security.\nIt secures the organisation and budget.',
      audience: ['management', 'admin'],
      level: '遵守事項',
      facilitySizes: ['large_hospital', 'medium_hospital'],
      serviceTypes: [],
      defaultOwner: 'hospital',
      phase: 'operate',
      checklistRefs: ['CL-1.1', 'CL-1.2'],
      unconfirmed: false,
    },
    {
      code: 'G-2',
      parentCode: 'G',
      order: 1,
      titleJa: '委託先事業者の管理',
      titleEn: 'Managing contracted vendors',
      textJa: '委託先の安全管理措置を契約で確認する。',
      textEn: '',
      audience: ['management', 'vendor'],
      level: '遵守事項',
      facilitySizes: ['small_hospital', 'clinic', 'pharmacy'],
      serviceTypes: ['cloud', 'hybrid'],
      defaultOwner: 'shared',
      phase: 'pre_contract',
      checklistRefs: ['CL-3'],
      unconfirmed: true,
    },
  ],
});

/**
 * Edge cases: codes OSCAL ids cannot hold, a list out of tree order with sparse `order`, text
 * Excel would run as a formula, an English-less item, a multi-line level, a deeper nesting.
 */
export const trickyDoc: CatalogVersionDoc = CatalogVersionDoc.parse({
  catalog: { code: 'role-split-2024', titleJa: '役割分担表', titleEn: 'Role split' },
  version: { label: 'FY2025', status: 'draft', effectiveDate: null, source: null, notes: null },
  requirements: [
    {
      code: '2(a)/x_y',
      parentCode: '2',
      order: 20,
      titleJa: '=SUM(A1:A2) は数式ではない',
      textJa: "-箇条書きで始まる本文\n'引用符",
      level: 'A\nB',
      checklistRefs: ['x y'],
    },
    { code: '2', kind: 'group', order: 10, titleJa: '第2章', titleEn: '+ plus', textEn: '@at' },
    { code: '1', order: 5, titleJa: "'単独の項目", unconfirmed: true },
    {
      code: '2(a)/x_y.1',
      parentCode: '2(a)/x_y',
      order: 0,
      titleJa: '孫項目',
      audience: ['staff'],
      phase: 'exit',
    },
    { code: '2_l', parentCode: '2', order: 0, titleJa: 'エスケープと紛らわしいコード' },
  ],
});

export function metaOf(doc: CatalogVersionDoc): CatalogMeta {
  return { catalog: doc.catalog, version: doc.version };
}
