import { describe, expect, it } from 'vitest';
import { RequirementDoc, type CatalogVersionInput } from '@bunkai/guidelines';
import { diffRequirementSets } from './versions';

type RequirementInput = CatalogVersionInput['requirements'][number];
type Links = Parameters<typeof diffRequirementSets>[2];

const requirements = (list: RequirementInput[]) => list.map((r) => RequirementDoc.parse(r));

/** The diff as a manager reads it: what became of which item. */
const read = (diff: ReturnType<typeof diffRequirementSets>) =>
  diff.entries.map((e) => ({
    kind: e.kind,
    from: e.from.map((s) => s.code),
    to: e.to.map((s) => s.code),
  }));

const older = requirements([
  { code: 'A', order: 1, titleJa: '責任者', textJa: '責任者を置く。' },
  { code: 'B', order: 2, titleJa: '委託', textJa: '委託先を管理する。' },
  { code: 'D', order: 3, titleJa: '外部媒体' },
  { code: 'C', order: 4, titleJa: '教育', textJa: '年1回教育する。' },
]);

describe('diffRequirementSets by code (no crosswalk)', () => {
  const newer = requirements([
    { code: 'A', order: 1, titleJa: '責任者', textJa: '責任者を置く。' },
    { code: 'B', order: 2, titleJa: '委託', textJa: '委託先を選定し、管理する。' },
    { code: 'D', order: 3, titleJa: '外部媒体' },
    { code: 'E', order: 4, titleJa: '生成AI' },
  ]);

  it('says which items were added, removed, changed or left as they were, with counts', () => {
    const diff = diffRequirementSets(older, newer, null);
    expect(diff.basis).toBe('code');
    expect(read(diff)).toEqual([
      { kind: 'unchanged', from: ['A'], to: ['A'] },
      { kind: 'changed', from: ['B'], to: ['B'] },
      { kind: 'unchanged', from: ['D'], to: ['D'] },
      { kind: 'removed', from: ['C'], to: [] },
      { kind: 'added', from: [], to: ['E'] },
    ]);
    expect(diff.counts).toEqual({ unchanged: 2, changed: 1, removed: 1, added: 1 });
  });

  it('counts an item moved under another section as changed', () => {
    const moved = requirements([
      ...older.filter((r) => r.code !== 'D'),
      { code: 'D', parentCode: 'A', order: 1, titleJa: '外部媒体' },
    ]);
    const entry = diffRequirementSets(older, moved, null).entries.find(
      (e) => e.from[0]?.code === 'D',
    );
    expect(entry?.kind).toBe('changed');
  });
});

describe('diffRequirementSets across a crosswalk', () => {
  const newer = requirements([
    { code: 'N-1', order: 1, titleJa: '責任者', textJa: '責任者を置く。' },
    { code: 'N-2a', order: 2, titleJa: '委託先の選定' },
    { code: 'N-2b', order: 3, titleJa: '委託先の管理' },
    { code: 'N-3', order: 4, titleJa: '教育と外部媒体' },
    { code: 'N-4', order: 5, titleJa: '生成AI' },
  ]);
  const links: Links = [
    { fromCode: 'A', toCode: 'N-1', relation: 'equal', note: null },
    { fromCode: 'B', toCode: 'N-2a', relation: 'superset', note: '選定と管理に分割' },
    { fromCode: 'B', toCode: 'N-2b', relation: 'superset', note: null },
    { fromCode: 'C', toCode: 'N-3', relation: 'subset', note: null },
    { fromCode: 'D', toCode: 'N-3', relation: 'subset', note: null },
    { fromCode: null, toCode: 'N-4', relation: 'added', note: '新設' },
  ];

  it('names splits, merges and additions, and keeps the crosswalk’s notes', () => {
    const diff = diffRequirementSets(older, newer, links);
    expect(diff.basis).toBe('crosswalk');
    expect(read(diff)).toEqual([
      // Same text under a new code and place: unchanged.
      { kind: 'unchanged', from: ['A'], to: ['N-1'] },
      { kind: 'split', from: ['B'], to: ['N-2a'] },
      { kind: 'split', from: ['B'], to: ['N-2b'] },
      { kind: 'merged', from: ['C'], to: ['N-3'] },
      { kind: 'merged', from: ['D'], to: ['N-3'] },
      { kind: 'added', from: [], to: ['N-4'] },
    ]);
    expect(diff.entries.map((e) => e.note)).toEqual([
      null,
      '選定と管理に分割',
      null,
      null,
      null,
      '新設',
    ]);
    expect(diff.counts).toEqual({ unchanged: 1, split: 2, merged: 2, added: 1 });
  });

  it('calls an equal link changed when the text differs, and a removal removed', () => {
    const diff = diffRequirementSets(
      older,
      requirements([{ code: 'N-1', order: 1, titleJa: '責任者', textJa: '責任者を任命する。' }]),
      [
        { fromCode: 'A', toCode: 'N-1', relation: 'equal', note: null },
        { fromCode: 'C', toCode: null, relation: 'removed', note: null },
      ],
    );
    expect(read(diff)).toEqual([
      { kind: 'changed', from: ['A'], to: ['N-1'] },
      { kind: 'removed', from: ['C'], to: [] },
    ]);
  });
});
