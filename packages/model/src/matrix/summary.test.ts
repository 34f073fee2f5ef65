import { describe, expect, it } from 'vitest';
import { agreementOf, countRows, summarizeRows, waitingForMeOf, type CountedRow } from './summary';
import {
  awaitingOf,
  isWaitingFor,
  ROW_STATUSES,
  WORKSPACE_SIDES,
  type Awaiting,
  type MatrixRowStatus,
  type WorkspaceSide,
} from './workflow';

function row(
  status: MatrixRowStatus,
  ownerSide: CountedRow['ownerSide'],
  lastActionSide: WorkspaceSide | null = null,
): CountedRow & { awaiting: Awaiting } {
  return { status, ownerSide, awaiting: awaitingOf(status, lastActionSide) };
}

describe('summarizeRows: a matrix’s counts', () => {
  const rows = [
    row('agreed', 'shared', 'vendor'),
    row('agreed', 'hospital', 'hospital'),
    row('proposed', 'vendor', 'hospital'),
    row('disputed', 'vendor', 'vendor'),
    row('needs_review', null),
    row('draft', null),
    row('draft', 'not_applicable'),
  ];

  it('counts rows by owner side (unset when none) and by status', () => {
    const counts = summarizeRows(rows);
    expect(counts.total).toBe(7);
    expect(counts.byOwner).toEqual({
      hospital: 1,
      vendor: 2,
      shared: 1,
      not_applicable: 1,
      unset: 2,
    });
    expect(counts.byStatus).toEqual({
      draft: 2,
      proposed: 1,
      agreed: 2,
      disputed: 1,
      needs_review: 1,
    });
  });

  it('rounds the agreed share down to a whole percent, 0 for an empty matrix', () => {
    expect(summarizeRows(rows).agreedPercent).toBe(28);
    expect(summarizeRows([]).agreedPercent).toBe(0);
    expect(summarizeRows([]).byStatus.agreed).toBe(0);
  });

  it('counts the same without knowing whose move it is (a file’s rows)', () => {
    const { waitingForHospital: _h, waitingForVendor: _v, ...counts } = summarizeRows(rows);
    expect(countRows(rows.map(({ ownerSide, status }) => ({ ownerSide, status })))).toEqual(counts);
  });

  it('counts each side’s waiting rows, drafts and reopened rows for both', () => {
    const counts = summarizeRows(rows);
    expect(counts.waitingForHospital).toBe(4);
    expect(counts.waitingForVendor).toBe(4);
  });

  it('counts grouped rows (as SQL returns them) as the rows they stand for', () => {
    const grouped = summarizeRows([
      { ...row('agreed', 'vendor', 'hospital'), count: 3 },
      { ...row('draft', null), count: 2 },
    ]);
    expect(grouped).toEqual(
      summarizeRows([
        row('agreed', 'vendor', 'hospital'),
        row('agreed', 'vendor', 'hospital'),
        row('agreed', 'vendor', 'hospital'),
        row('draft', null),
        row('draft', null),
      ]),
    );
    expect(grouped.agreedPercent).toBe(60);
  });
});

describe('agreementOf: whether the matrix can be signed', () => {
  it('needs every row agreed, and at least one row', () => {
    const agreed = row('agreed', 'vendor', 'hospital');
    expect(agreementOf(summarizeRows([agreed, agreed]))).toEqual({
      total: 2,
      agreed: 2,
      open: 0,
      all: true,
    });
    expect(agreementOf(summarizeRows([agreed, row('needs_review', 'vendor')])).all).toBe(false);
    expect(agreementOf(summarizeRows([])).all).toBe(false);
  });
});

describe('waitingForMeOf: 「自分の対応待ち」 from the counts alone', () => {
  it('equals counting the rows one by one, for every status and last mover', () => {
    const all = ROW_STATUSES.flatMap((status) =>
      [null, ...WORKSPACE_SIDES].map((last) => row(status, 'vendor', last)),
    );
    for (const side of WORKSPACE_SIDES) {
      const oneByOne = all.filter((r) => isWaitingFor(r, side)).length;
      expect(waitingForMeOf(summarizeRows(all), side)).toBe(oneByOne);
    }
  });
});
