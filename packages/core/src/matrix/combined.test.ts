import { describe, expect, it } from 'vitest';
import { coverageFinding } from './combined';

describe('coverageFinding: one hospital system across its vendors’ matrices', () => {
  it('is covered when any matrix gives the requirement an owner', () => {
    expect(coverageFinding(['hospital'])).toBe('covered');
    expect(coverageFinding([null, 'shared'])).toBe('covered');
    expect(coverageFinding(['not_applicable', 'vendor'])).toBe('covered');
  });

  it('is an overlap when two vendors each claim it alone', () => {
    expect(coverageFinding(['vendor', 'vendor'])).toBe('overlap');
    expect(coverageFinding(['vendor', 'hospital', 'vendor'])).toBe('overlap');
  });

  it('is not applicable only when every matrix that has it says so', () => {
    expect(coverageFinding(['not_applicable', 'not_applicable'])).toBe('not_applicable');
    expect(coverageFinding(['not_applicable', null])).toBe('gap');
  });

  it('is a gap when nobody carries it yet or no matrix has it', () => {
    expect(coverageFinding([null, null])).toBe('gap');
    expect(coverageFinding([])).toBe('gap');
  });
});
