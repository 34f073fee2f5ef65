import { CatalogVersionDoc } from '@bunkai/guidelines';
import type { CatalogFileFormat, CatalogTemplateFormat } from '@bunkai/model';
import { exportCatalogCsv, importCatalogCsv } from './csv';
import type { ImportResult } from './issues';
import { exportCatalogJson, importCatalogJson } from './json';
import { exportCatalogOscal, importCatalogOscal } from './oscal';
import { catalogTemplateXlsx, exportCatalogXlsx, importCatalogXlsx } from './xlsx';

/** What a CSV file cannot carry itself (XLSX has its `version` sheet, JSON and OSCAL their own). */
export interface CsvCatalogMeta {
  catalogCode: string;
  catalogTitleJa: string;
  catalogTitleEn: string;
  versionLabel: string;
}

export interface CatalogFile {
  fileName: string;
  mimeType: string;
  content: Uint8Array;
}

/** How a server parses uploads: `parseCatalogFile` itself, or the same run in a worker thread. */
export type CatalogFileParser = typeof parseCatalogFile;

/** Parses an uploaded catalog file of any supported format, validating all of it. */
export async function parseCatalogFile(
  format: CatalogFileFormat,
  content: Uint8Array,
  csvMeta?: CsvCatalogMeta,
): Promise<ImportResult<CatalogVersionDoc>> {
  switch (format) {
    case 'xlsx':
      return importCatalogXlsx(content);
    case 'json':
      return importCatalogJson(content);
    case 'oscal':
      return importCatalogOscal(new TextDecoder().decode(content));
    case 'csv':
      return importCatalogCsv(content, {
        catalog: {
          code: csvMeta?.catalogCode ?? '',
          titleJa: csvMeta?.catalogTitleJa ?? '',
          titleEn: csvMeta?.catalogTitleEn ?? '',
        },
        version: { label: csvMeta?.versionLabel ?? '' },
      });
  }
}

const MIME: Record<CatalogFileFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  oscal: 'application/json',
};

function fileName(doc: CatalogVersionDoc, format: CatalogFileFormat): string {
  const base = `${doc.catalog.code}_${doc.version.label}`.replace(/[^A-Za-z0-9._-]/g, '_');
  return format === 'oscal' ? `${base}.oscal.json` : `${base}.${format}`;
}

/** Writes a catalog version in the requested format. */
export async function renderCatalogFile(
  format: CatalogFileFormat,
  doc: CatalogVersionDoc,
): Promise<CatalogFile> {
  const encode = (text: string) => new TextEncoder().encode(text);
  const content =
    format === 'xlsx'
      ? new Uint8Array(await exportCatalogXlsx(doc))
      : format === 'csv'
        ? encode(exportCatalogCsv(doc))
        : format === 'json'
          ? encode(exportCatalogJson(doc))
          : encode(JSON.stringify(exportCatalogOscal(doc), null, 2));
  return { fileName: fileName(doc, format), mimeType: MIME[format], content };
}

/** An empty file in the documented layout, with one example row. */
export async function catalogTemplate(format: CatalogTemplateFormat): Promise<CatalogFile> {
  return format === 'xlsx'
    ? {
        fileName: 'bunkai-catalog-template.xlsx',
        mimeType: MIME.xlsx,
        content: new Uint8Array(await catalogTemplateXlsx()),
      }
    : {
        fileName: 'bunkai-catalog-template.csv',
        mimeType: MIME.csv,
        content: new TextEncoder().encode(exportCatalogCsv(CSV_EXAMPLE)),
      };
}

const CSV_EXAMPLE = CatalogVersionDoc.parse({
  catalog: { code: 'my-rules', titleJa: '運用管理規程', titleEn: 'Operating rules' },
  version: { label: '2026' },
  requirements: [
    { code: 'R-1', order: 0, titleJa: '情報セキュリティ体制', titleEn: 'Security organization' },
    {
      code: 'R-1.1',
      parentCode: 'R-1',
      order: 0,
      titleJa: '企画管理者の任命',
      titleEn: 'Appoint the security manager',
      audience: ['management'],
      defaultOwner: 'hospital',
      phase: 'operate',
    },
  ],
});
