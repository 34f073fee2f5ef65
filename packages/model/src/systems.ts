import type { Label } from './labels';

/** What kind of 医療情報システム a hospital registers. */
export const SYSTEM_CATEGORIES = [
  'ehr',
  'pacs',
  'departmental',
  'accounting',
  'network',
  'medical_device',
  'other',
] as const;
export type SystemCategory = (typeof SYSTEM_CATEGORIES)[number];

export const SYSTEM_CATEGORY_LABELS: Record<SystemCategory, Label> = {
  ehr: { ja: '電子カルテ', en: 'Electronic health records' },
  pacs: { ja: '医用画像（PACS）', en: 'Medical imaging (PACS)' },
  departmental: { ja: '部門システム', en: 'Departmental system' },
  accounting: { ja: '医事会計', en: 'Medical billing' },
  network: { ja: 'ネットワーク', en: 'Network' },
  medical_device: { ja: '医療機器', en: 'Medical device' },
  other: { ja: 'その他', en: 'Other' },
};

/** How the system is provided: on the premises, as a cloud service, or both. */
export const SERVICE_TYPES = ['on_premise', 'cloud', 'hybrid'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

export const SERVICE_TYPE_LABELS: Record<ServiceType, Label> = {
  on_premise: { ja: 'オンプレミス', en: 'On-premises' },
  cloud: { ja: 'クラウド', en: 'Cloud' },
  hybrid: { ja: 'ハイブリッド', en: 'Hybrid' },
};
