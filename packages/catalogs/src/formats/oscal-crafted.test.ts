import { describe, expect, it } from 'vitest';
import type { ImportIssue } from '../model';
import { parseCatalogFile } from '../files';
import { CATALOG_LIMITS } from './limits';
import {
  importCatalogOscal,
  type OscalCatalogDocument,
  type OscalControl,
  type OscalGroup,
} from './oscal';
import { generatedSp80053Shape, insertionBomb } from './oscal-fixtures';

/*
 * Files an attacker could upload as an OSCAL catalog. Each is refused with the JSON path of what is
 * wrong, in Japanese and English, within seconds (before: a stack overflow, minutes of work or an
 * exhausted heap), and a file just inside every limit still imports.
 */

const catalog = (groups: OscalGroup[], controls: OscalControl[] = []): OscalCatalogDocument => ({
  catalog: {
    uuid: '5d0b7a3e-2c4f-4e1a-9b6d-8f3e2a1c0b9d',
    metadata: {
      title: 'Crafted',
      'last-modified': '2026-12-08T00:00:00+09:00',
      version: '1',
      'oscal-version': '1.0.0',
    },
    groups,
    ...(controls.length > 0 ? { controls } : {}),
  },
});

const family = (controls: OscalControl[]): OscalGroup => ({ id: 'ac', title: 'Access', controls });

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** Uploads `text` as the server does, timing it. */
async function upload(text: string): Promise<{ issues: ImportIssue[]; ms: number }> {
  const started = performance.now();
  const result = await parseCatalogFile('oscal', new TextEncoder().encode(text));
  const ms = performance.now() - started;
  return { issues: result.ok ? [] : result.issues, ms };
}

/** The one issue a refused file gets, checked to be quick and bilingual. */
async function refusal(text: string): Promise<ImportIssue> {
  const { issues, ms } = await upload(text);
  expect(issues.length).toBeGreaterThan(0);
  // A generous bound on a shared machine: what it guards against took minutes or never ended.
  expect(ms).toBeLessThan(5_000);
  const [first] = issues;
  if (!first) throw new Error('no issue');
  expect(first.messages.ja).toMatch(JAPANESE);
  expect(first.messages.en).not.toMatch(JAPANESE);
  return first;
}

/** `count` controls, each the only child of the one before. */
function chain(count: number): OscalControl {
  let control: OscalControl = { id: `c-${String(count)}`, title: 'Leaf' };
  for (let i = count - 1; i >= 1; i--) {
    control = { id: `c-${String(i)}`, title: `Level ${String(i)}`, controls: [control] };
  }
  return control;
}

/** A statement whose items nest `count` deep. */
function nestedParts(count: number): OscalControl {
  let part: NonNullable<OscalControl['parts']>[number] = { name: 'item', prose: 'Deepest.' };
  for (let i = 1; i < count; i++)
    part = { name: 'item', prose: `Level ${String(i)}.`, parts: [part] };
  return { id: 'ac-1', title: 'Nested', parts: [{ ...part, name: 'statement' }] };
}

const path = (...steps: string[]) => steps.join('');
const repeat = (step: string, times: number) => step.repeat(times);

describe('crafted OSCAL catalogs', () => {
  it('refuses JSON nested 100,000 levels deep at the first level past 100', async () => {
    const deep = 100_000;
    const text = JSON.stringify(catalog([family([nestedParts(1)])])).replace(
      '"prose":"Deepest."',
      `"prose":"Deepest.","parts":${repeat('[{"name":"item","parts":', deep)}[]${repeat('}]', deep)}`,
    );
    const issue = await refusal(text);
    expect(issue.column).toMatch(/^catalog\.groups\[0\]\.controls\[0\]\.parts\[0\]\.parts/);
    expect(issue.messages.ja).toContain('JSON の入れ子が深すぎます（100階層まで）');
    expect(issue.messages.en).toContain('the JSON nests more than 100 levels deep');
  });

  it('refuses controls nested past 32 levels, naming the first one too deep', async () => {
    const issue = await refusal(JSON.stringify(catalog([family([chain(40)])])));
    expect(issue.column).toBe(
      path('catalog.groups[0].controls[0]', repeat('.controls[0]', CATALOG_LIMITS.treeDepth - 1)),
    );
    expect(issue.messages.ja).toContain('グループ・コントロールの入れ子が深すぎます（32階層まで）');
    expect(issue.messages.en).toContain('groups and controls nest more than 32 levels deep');
    // 20,000 levels are refused as deep JSON before anything walks the tree.
    const levels = 20_000;
    const controls = Array.from(
      { length: levels },
      (_, i) => `{"id":"c-${String(i)}","title":"t","controls":[`,
    );
    const text = JSON.stringify(catalog([family([])])).replace(
      '"controls":[]',
      `"controls":[${controls.join('')}${repeat(']}', levels)}]`,
    );
    const deeper = await refusal(text);
    expect(deeper.messages.en).toContain('more than 100 levels deep');
  });

  it('refuses parts nested past 32 levels', async () => {
    const issue = await refusal(JSON.stringify(catalog([family([nestedParts(40)])])));
    expect(issue.column).toBe(
      path('catalog.groups[0].controls[0].parts[0]', repeat('.parts[0]', CATALOG_LIMITS.treeDepth)),
    );
    expect(issue.messages.en).toContain('parts nest more than 32 levels deep');
  });

  it('refuses control characters in any string or key, each at its path; tab and line breaks are text', async () => {
    const doc = catalog([
      family([
        {
          id: 'ac-1',
          title: 'Policy\u007f',
          params: [{ id: 'ac-1_prm_1', label: 'next\u0085line' }],
          parts: [{ id: 'ac-1_smt', name: 'statement', prose: 'Define\u0000 it.\tThen\r\nact.' }],
          props: [{ name: 'label', value: 'AC-1' }],
        },
      ]),
    ]);
    const text = JSON.stringify(doc).replace(
      '"value":"AC-1"',
      '"value":"AC-1","re\\u0001marks":"x"',
    );
    const { issues, ms } = await upload(text);
    expect(ms).toBeLessThan(5_000);
    expect(issues.map((i) => i.column)).toEqual([
      'catalog.groups[0].controls[0].title',
      'catalog.groups[0].controls[0].params[0].label',
      'catalog.groups[0].controls[0].parts[0].prose',
      'catalog.groups[0].controls[0].props[0].re\u0001marks',
    ]);
    expect(issues[2]?.messages).toEqual({
      ja: 'catalog.groups[0].controls[0].parts[0].proseに制御文字が含まれています（タブと改行以外は使えません）',
      en: 'catalog.groups[0].controls[0].parts[0].prose contains a control character (only tab and line breaks are allowed)',
    });
    const clean = catalog([
      family([{ id: 'ac-1', title: 'Policy', parts: [{ name: 'statement', prose: 'a\tb\r\nc' }] }]),
    ]);
    expect((await upload(JSON.stringify(clean))).issues).toEqual([]);
  });

  it('refuses an id given to two groups or controls, and a parameter id given twice', async () => {
    const doc = catalog([
      {
        id: 'ac',
        title: 'Access',
        controls: [
          { id: 'ac-1', title: 'One', params: [{ id: 'prm-1', label: 'a' }] },
          { id: 'ac', title: 'Same as the family' },
        ],
      },
      {
        id: 'au',
        title: 'Audit',
        controls: [{ id: 'au-1', title: 'Two', params: [{ id: 'prm-1' }] }],
      },
    ]);
    const { issues } = await upload(JSON.stringify(doc));
    expect(issues.map((i) => [i.column, i.messages.en])).toEqual([
      [
        'catalog.groups[0].controls[1].id',
        'catalog.groups[0].controls[1].id: duplicate id ac (first at catalog.groups[0].id)',
      ],
      [
        'catalog.groups[1].controls[0].params[0].id',
        'catalog.groups[1].controls[0].params[0].id: duplicate parameter id prm-1 (first at catalog.groups[0].controls[0].params[0].id)',
      ],
    ]);
    expect(issues[1]?.messages.ja).toBe(
      'catalog.groups[1].controls[0].params[0].id: パラメータ ID prm-1 が重複しています（最初は catalog.groups[0].controls[0].params[0].id）',
    );
  });

  it('refuses a parameter that inserts another 200 times, four deep ("billion laughs")', async () => {
    const doc = catalog([
      family([
        {
          id: 'ac-1',
          title: 'Bomb',
          params: insertionBomb(),
          parts: [{ name: 'statement', prose: 'Say {{ insert: param, p0 }}.' }],
        },
      ]),
    ]);
    const issue = await refusal(JSON.stringify(doc));
    expect(issue.column).toBe('catalog.groups[0].controls[0].params[0].values[0]');
    expect(issue.messages.ja).toContain('文書全体の上限（10,000,000文字）を超えます');
    expect(issue.messages.en).toContain("more than the document's limit of 10,000,000 characters");
  });

  it('refuses one long label inserted until the text would pass 10 M characters', async () => {
    const doc = catalog([
      family([
        {
          id: 'ac-1',
          title: 'Repeat',
          params: [{ id: 'p', label: 'y'.repeat(10_000) }],
          parts: [{ name: 'statement', prose: '{{ insert: param, p }} '.repeat(2_000) }],
        },
      ]),
    ]);
    const issue = await refusal(JSON.stringify(doc));
    expect(issue.column).toBe('catalog.groups[0].controls[0].parts[0].prose');
  });

  it('reads 1 MB of unclosed insertions in linear time and refuses the node as too large', async () => {
    const prose = '{{insert:param,'.repeat(70_000);
    const doc = catalog([
      family([{ id: 'ac-1', title: 'Braces', parts: [{ name: 'statement', prose }] }]),
    ]);
    const issue = await refusal(JSON.stringify(doc));
    expect(issue.column).toBe('ac-1#oscal');
    expect(issue.messages.en).toContain('100000');
  });

  it('imports a catalog at every limit, and SP 800-53 rev. 5’s shape as before', async () => {
    // Each insertion adds `[Assignment: …]` around the 2,000-character label: 2,014 characters,
    // 4,900 of them 9,868,600.
    const guidance = { name: 'guidance', prose: '{{ insert: param, ac-2_prm_1 }}'.repeat(2_450) };
    const atLimits = catalog([
      family([
        chain(CATALOG_LIMITS.treeDepth - 1),
        nestedParts(CATALOG_LIMITS.treeDepth),
        {
          id: 'ac-2',
          title: 'Just under the insertion limit',
          params: [{ id: 'ac-2_prm_1', label: 'x'.repeat(2_000) }],
          parts: [guidance, guidance],
        },
      ]),
    ]);
    const { issues } = await upload(JSON.stringify(atLimits));
    expect(issues).toEqual([]);
    const sp80053 = generatedSp80053Shape();
    const result = importCatalogOscal(JSON.stringify(sp80053));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.requirements).toHaveLength(1_220);
  });
});
