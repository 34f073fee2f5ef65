import { describe, expect, it } from 'vitest';
import {
  awaitingOf,
  canMove,
  isWaitingFor,
  ROW_STATUSES,
  ROW_STATUSES_IN_WORKFLOW_ORDER,
  OPEN_ROW_STATUSES_AS_PRINTED,
  rowRefusal,
  sidesCarrying,
  reopensOnEdit,
  statusAfterEdit,
  WORKSPACE_SIDES,
  type MatrixRowStatus,
  type RowState,
  type WorkspaceSide,
} from './workflow';

/** A row in `status` whose last move `lastActionSide` made, with an owner side set. */
function row(status: MatrixRowStatus, lastActionSide: WorkspaceSide | null = null): RowState {
  return { status, awaiting: awaitingOf(status, lastActionSide), ownerSide: 'vendor' };
}

describe('sidesCarrying: who carries a row', () => {
  it('is the owner, both sides when shared, and nobody when not applicable or unset', () => {
    expect(sidesCarrying('hospital')).toEqual(['hospital']);
    expect(sidesCarrying('vendor')).toEqual(['vendor']);
    expect(sidesCarrying('shared')).toEqual(['hospital', 'vendor']);
    expect(sidesCarrying('not_applicable')).toEqual([]);
    expect(sidesCarrying(null)).toEqual([]);
  });
});

describe('awaitingOf: whose move it is', () => {
  it('waits for the other side after a proposal or a dispute', () => {
    expect(awaitingOf('proposed', 'hospital')).toBe('vendor');
    expect(awaitingOf('proposed', 'vendor')).toBe('hospital');
    expect(awaitingOf('disputed', 'vendor')).toBe('hospital');
  });

  it('waits for both on a draft or a reopened row, and for nobody once agreed', () => {
    expect(awaitingOf('draft', null)).toBe('both');
    expect(awaitingOf('needs_review', 'hospital')).toBe('both');
    expect(awaitingOf('agreed', 'vendor')).toBe('none');
  });
});

describe('rowRefusal: who may propose, agree and dispute', () => {
  it('lets either side propose a draft, a reopened or a disputed row that has an owner', () => {
    for (const side of WORKSPACE_SIDES) {
      expect(rowRefusal(row('draft'), 'propose', side)).toBeNull();
      expect(canMove(row('needs_review'), 'propose', side)).toBe(true);
      expect(canMove(row('disputed', 'hospital'), 'propose', side)).toBe(true);
    }
  });

  it('refuses to propose a row without an owner side, or one already proposed or agreed', () => {
    expect(rowRefusal({ ...row('draft'), ownerSide: null }, 'propose', 'hospital')).toBe(
      'ownerUnset',
    );
    expect(rowRefusal(row('proposed', 'vendor'), 'propose', 'hospital')).toBe('alreadyProposed');
    expect(rowRefusal(row('agreed', 'vendor'), 'propose', 'vendor')).toBe('agreed');
  });

  it('lets only the other side agree to a proposal', () => {
    const proposedByVendor = row('proposed', 'vendor');
    expect(rowRefusal(proposedByVendor, 'agree', 'hospital')).toBeNull();
    expect(rowRefusal(proposedByVendor, 'agree', 'vendor')).toBe('ownProposal');
    expect(rowRefusal(row('draft'), 'agree', 'hospital')).toBe('notProposed');
    expect(rowRefusal(row('agreed', 'vendor'), 'agree', 'hospital')).toBe('notProposed');
  });

  it('lets the other side dispute a proposal, and either side dispute an agreed row', () => {
    const proposedByHospital = row('proposed', 'hospital');
    expect(rowRefusal(proposedByHospital, 'dispute', 'vendor')).toBeNull();
    expect(rowRefusal(proposedByHospital, 'dispute', 'hospital')).toBe('notDisputable');
    for (const side of WORKSPACE_SIDES) {
      expect(canMove(row('agreed', 'vendor'), 'dispute', side)).toBe(true);
      expect(canMove(row('draft'), 'dispute', side)).toBe(false);
      expect(canMove(row('needs_review'), 'dispute', side)).toBe(false);
    }
  });
});

describe('statusAfterEdit: what an edit does to a row', () => {
  it('keeps a draft a draft and reopens everything else for review by both', () => {
    expect(ROW_STATUSES.filter((status) => !reopensOnEdit(status))).toEqual(['draft']);
    expect(statusAfterEdit('draft')).toBe('draft');
    expect(statusAfterEdit('proposed')).toBe('needs_review');
    expect(statusAfterEdit('agreed')).toBe('needs_review');
    expect(statusAfterEdit('disputed')).toBe('needs_review');
    expect(statusAfterEdit('needs_review')).toBe('needs_review');
  });
});

describe('isWaitingFor: 「自分の対応待ち」', () => {
  it('lists the other side’s proposals and disputes, and reopened rows, but not drafts', () => {
    expect(isWaitingFor(row('proposed', 'vendor'), 'hospital')).toBe(true);
    expect(isWaitingFor(row('proposed', 'vendor'), 'vendor')).toBe(false);
    expect(isWaitingFor(row('disputed', 'hospital'), 'vendor')).toBe(true);
    expect(isWaitingFor(row('needs_review'), 'vendor')).toBe(true);
    expect(isWaitingFor(row('draft'), 'hospital')).toBe(false);
    expect(isWaitingFor(row('agreed', 'vendor'), 'hospital')).toBe(false);
  });
});

describe('status orders', () => {
  it('shows every status once on screen, and every open one in the print view', () => {
    expect([...ROW_STATUSES_IN_WORKFLOW_ORDER].sort()).toEqual([...ROW_STATUSES].sort());
    expect([...OPEN_ROW_STATUSES_AS_PRINTED, 'agreed'].sort()).toEqual([...ROW_STATUSES].sort());
  });
});
