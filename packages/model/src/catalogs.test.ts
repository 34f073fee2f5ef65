import { describe, expect, it } from 'vitest';
import { nextVersionStatus, versionStatusChangeAllowed } from './catalogs';

describe('catalog version status', () => {
  it('offers publishing a draft, retiring a published version, nothing after that', () => {
    expect(nextVersionStatus('draft')).toBe('published');
    expect(nextVersionStatus('published')).toBe('retired');
    expect(nextVersionStatus('retired')).toBeNull();
  });

  it('never publishes a retired version again', () => {
    expect(versionStatusChangeAllowed('draft', 'retired')).toBe(true);
    expect(versionStatusChangeAllowed('published', 'retired')).toBe(true);
    expect(versionStatusChangeAllowed('retired', 'published')).toBe(false);
    expect(versionStatusChangeAllowed('retired', 'retired')).toBe(true);
  });
});
