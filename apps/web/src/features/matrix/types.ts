import type { RouterInputs, RouterOutputs } from '../../lib/types';

export type MatrixSummary = RouterOutputs['matrix']['list'][number];
export type MatrixRow = RouterOutputs['matrix']['rows'][number];
export type RowChanges = RouterInputs['matrix']['updateRows']['changes'];
export type RowDetail = RouterOutputs['matrix']['row'];
export type RowActivity = RowDetail['activity'][number];
export type Evidence = RowDetail['evidence'][number];
export type Participant = RouterOutputs['matrix']['participants'][number];
