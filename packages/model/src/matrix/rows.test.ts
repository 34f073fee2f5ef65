import { describe, expect, it } from 'vitest';
import { effectiveChanges, fieldChanges, hasChanges, type EditableRowFields } from './rows';

const stored: EditableRowFields = {
  ownerSide: 'vendor',
  phase: 'operate',
  hospitalDuty: '',
  vendorDuty: '日次でバックアップを取得する。',
  dueDate: null,
};

describe('effectiveChanges: what an edit really changes', () => {
  it('keeps only the fields that differ from the row', () => {
    expect(
      effectiveChanges(stored, { ownerSide: 'vendor', phase: 'exit', dueDate: '2026-03-31' }),
    ).toEqual({ phase: 'exit', dueDate: '2026-03-31' });
  });

  it('treats clearing a field as a change, and sending the same values as none', () => {
    expect(effectiveChanges(stored, { ownerSide: null })).toEqual({ ownerSide: null });
    const same = effectiveChanges(stored, { vendorDuty: stored.vendorDuty, dueDate: null });
    expect(same).toEqual({});
    expect(hasChanges(same)).toBe(false);
  });

  it('records each changed field with its value before and after', () => {
    expect(fieldChanges(stored, { ownerSide: 'shared', vendorDuty: stored.vendorDuty })).toEqual({
      ownerSide: { from: 'vendor', to: 'shared' },
    });
  });
});
