import { describe, expect, it } from 'vitest';
import { RequirementDoc } from '@bunkai/guidelines';
import {
  CATALOG_COLUMNS,
  VERSION_FIELDS,
  catalogColumnsMarkdown,
  columnForHeader,
  normalizeHeader,
  versionFieldForKey,
} from './columns';

describe('CATALOG_COLUMNS', () => {
  it('covers every requirement field once, in the documented order', () => {
    expect(CATALOG_COLUMNS.map((c) => c.name)).toEqual([
      'code',
      'parent_code',
      'order',
      'title_ja',
      'title_en',
      'text_ja',
      'text_en',
      'audience',
      'level',
      'facility_sizes',
      'service_types',
      'default_owner',
      'phase',
      'checklist_refs',
      'unconfirmed',
      'kind',
      'withdrawn',
    ]);
    // The OSCAL node travels in OSCAL only.
    expect(CATALOG_COLUMNS.map((c) => c.field).sort()).toEqual(
      Object.keys(RequirementDoc.shape)
        .filter((f) => f !== 'oscal')
        .sort(),
    );
  });

  it('gives no two columns the same header spelling', () => {
    const seen = new Map<string, string>();
    for (const c of CATALOG_COLUMNS) {
      for (const alias of new Set([c.name, c.ja, c.field, ...c.aliases].map(normalizeHeader))) {
        expect(seen.get(alias), `${alias} of ${c.name}`).toBeUndefined();
        seen.set(alias, c.name);
      }
    }
  });

  it('accepts English, camelCase, spaced and Japanese (full-width) headers', () => {
    expect(columnForHeader('parent_code')?.name).toBe('parent_code');
    expect(columnForHeader('Parent Code')?.name).toBe('parent_code');
    expect(columnForHeader('parentCode')?.name).toBe('parent_code');
    expect(columnForHeader('親コード')?.name).toBe('parent_code');
    expect(columnForHeader('タイトル（英）')?.name).toBe('title_en');
    expect(columnForHeader('チェックリスト参照')?.name).toBe('checklist_refs');
    expect(columnForHeader('サービス形態')?.name).toBe('service_types');
    expect(columnForHeader('serviceTypes')?.name).toBe('service_types');
    expect(columnForHeader('notes')).toBeUndefined();
    expect(versionFieldForKey('施行日')?.name).toBe('effective_date');
  });

  it('lists the keys of the version sheet', () => {
    expect(VERSION_FIELDS.map((f) => f.name)).toEqual([
      'catalog_code',
      'catalog_title_ja',
      'catalog_title_en',
      'label',
      'status',
      'effective_date',
      'source',
      'notes',
    ]);
  });

  it('renders a Markdown table for the README', () => {
    const md = catalogColumnsMarkdown();
    for (const c of CATALOG_COLUMNS) expect(md).toContain(`| \`${c.name}\` | ${c.ja} |`);
    expect(md).toContain('`management\\|admin`');
  });
});
