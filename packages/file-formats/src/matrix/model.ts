import type {
  EvidenceKind,
  MatrixOwnerSide,
  MatrixPhase,
  MatrixRowStatus,
  ServiceType,
} from '@bunkai/model';

/**
 * The format-neutral shape of a responsibility-split matrix (責任分界表) as it leaves or enters
 * Bunkai in a file. The database model lives in @bunkai/db and @bunkai/core; this is what the
 * XLSX (確認表 layout), CSV and OSCAL SSP writers consume and what the readers produce. Its
 * values are the model's (@bunkai/model).
 */

export interface MatrixFileEvidence {
  kind: EvidenceKind;
  title: string;
  /** A clause number, a URL or an uploaded file's name. */
  reference: string;
}

export interface MatrixFileConfirmation {
  /** Display name of the person who confirmed. */
  by: string;
  /** ISO 8601 timestamp. */
  at: string;
}

export interface MatrixFileRow {
  code: string;
  /** The enclosing chapter's code and Japanese title, for grouping; null at the top. */
  chapterCode: string | null;
  chapterTitleJa: string | null;
  titleJa: string;
  titleEn: string;
  textJa: string;
  textEn: string;
  /** (U) demo content, never authoritative guideline text. */
  unconfirmed: boolean;
  ownerSide: MatrixOwnerSide | null;
  phase: MatrixPhase | null;
  hospitalDuty: string;
  vendorDuty: string;
  /** YYYY-MM-DD: the date the split is to be in place (確認表 完了日). */
  dueDate: string | null;
  status: MatrixRowStatus;
  hospitalConfirmation: MatrixFileConfirmation | null;
  vendorConfirmation: MatrixFileConfirmation | null;
  evidence: MatrixFileEvidence[];
}

/** One system's matrix with one vendor. */
export interface MatrixFileDoc {
  hospitalName: string;
  vendorName: string;
  systemName: string;
  serviceType: ServiceType;
  catalogCode: string;
  catalogTitleJa: string;
  catalogTitleEn: string;
  versionLabel: string;
  /** ISO 8601 timestamp of the export. */
  exportedAt: string;
  rows: MatrixFileRow[];
}

/** What an import may change in a row; status and confirmations are never imported. */
export interface MatrixImportRow {
  /** 1-based row number as the spreadsheet shows it (XLSX title lines count; CSV counts records). */
  row: number;
  code: string;
  ownerSide: MatrixOwnerSide | null;
  phase: MatrixPhase | null;
  hospitalDuty: string;
  vendorDuty: string;
  dueDate: string | null;
}

/** One sheet (XLSX) or the whole file (CSV), named by the system it was exported for. */
export interface MatrixImportSheet {
  /** The sheet's system name, or null when the file does not say. */
  systemName: string | null;
  rows: MatrixImportRow[];
}
