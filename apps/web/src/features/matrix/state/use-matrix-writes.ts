import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceKind, RowTransition } from '@bunkai/model';
import { errorData, errorMessage } from '../../../lib/errors';
import { useTRPC, useTRPCClient } from '../../../lib/trpc';
import type { MatrixRow, RowChanges } from '../types';
import { withChanges } from './workflow';

export interface MatrixRef {
  workspaceId: string;
  matrixId: string;
}

/** A row as the user saw it: the server refuses a change based on an older revision. */
export type RowRef = Pick<MatrixRow, 'id' | 'revision'>;

/** An edit the server refused because someone else changed the rows first. */
export interface UpdateConflict {
  changes: RowChanges;
  /** The rows of the edit, as the user saw them. */
  attempted: RowRef[];
  /** The ids of those changed by someone else (all of them if that cannot be told). */
  changedIds: string[];
  /** The rows as they were shown before the edit, to tell what the other person changed. */
  seen: MatrixRow[];
}

export interface Outcome {
  tone: 'success' | 'error';
  text: string;
}

export function isConflict(error: unknown): boolean {
  return errorData(error)?.code === 'CONFLICT';
}

/**
 * Every write to the matrix's rows. They run one after another (one mutation scope), each with the
 * revision the user saw — moved forward over the user's own earlier writes, so two quick edits
 * of one row are not a conflict with oneself. Returned rows replace the cached ones.
 */
export function useMatrixWrites(ref: MatrixRef) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const rowsKey = trpc.matrix.rows.queryKey(ref);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [conflict, setConflict] = useState<UpdateConflict | null>(null);
  // rowId → (revision my write produced → revision it was based on).
  const own = useRef(new Map<string, Map<number, number>>());
  const scope = { id: `matrix-rows-${ref.matrixId}` };

  const cachedRows = (): MatrixRow[] => queryClient.getQueryData(rowsKey) ?? [];

  /** The seen revision, or the current one when only my own writes came after it. */
  const resolve = (selection: readonly RowRef[]): RowRef[] => {
    const current = new Map(cachedRows().map((row) => [row.id, row.revision]));
    return selection.map(({ id, revision: seen }) => {
      const latest = current.get(id);
      const mine = own.current.get(id);
      let cursor = latest;
      for (let guard = 0; cursor !== undefined && cursor !== seen && guard < 50; guard++) {
        cursor = mine?.get(cursor);
      }
      return { id, revision: cursor === seen && latest !== undefined ? latest : seen };
    });
  };

  const remember = (sent: readonly RowRef[], returned: readonly MatrixRow[]) => {
    const basis = new Map(sent.map((row) => [row.id, row.revision]));
    for (const row of returned) {
      const from = basis.get(row.id);
      if (from === undefined || from === row.revision) continue;
      const mine = own.current.get(row.id) ?? new Map<number, number>();
      mine.set(row.revision, from);
      own.current.set(row.id, mine);
    }
  };

  /** Puts the server's rows in the cache; list counts and the open row's history are stale. */
  const merge = (returned: readonly MatrixRow[]) => {
    if (returned.length > 0) {
      const byId = new Map(returned.map((row) => [row.id, row]));
      queryClient.setQueryData(rowsKey, (rows) => rows?.map((row) => byId.get(row.id) ?? row));
    }
    void queryClient.invalidateQueries({
      queryKey: trpc.matrix.list.queryKey({ workspaceId: ref.workspaceId }),
      refetchType: 'none',
    });
    void queryClient.invalidateQueries({ queryKey: trpc.matrix.get.queryKey(ref) });
    void queryClient.invalidateQueries({ queryKey: trpc.matrix.row.pathKey() });
  };

  const refetchRows = () => queryClient.refetchQueries({ queryKey: rowsKey, exact: true });

  /** Keeps the cache true after a refused write: a conflict means our rows are out of date. */
  const afterError = async (error: unknown) => {
    if (isConflict(error)) await refetchRows();
  };

  const update = useMutation({
    scope,
    mutationFn: async ({ rows, changes }: { rows: readonly RowRef[]; changes: RowChanges }) => {
      const sent = resolve(rows);
      const result = await client.matrix.updateRows.mutate({ ...ref, rows: sent, changes });
      return { sent, result };
    },
    onMutate: async ({ rows, changes }) => {
      await queryClient.cancelQueries({ queryKey: rowsKey, exact: true });
      const ids = new Set(rows.map((row) => row.id));
      const previous = cachedRows().filter((row) => ids.has(row.id));
      queryClient.setQueryData(rowsKey, (current) =>
        current?.map((row) => (ids.has(row.id) ? withChanges(row, changes) : row)),
      );
      return { previous };
    },
    onSuccess: ({ sent, result }, { rows }) => {
      remember(sent, result);
      merge(result);
      if (rows.length > 1) {
        setOutcome({ tone: 'success', text: t('matrix.done.updated', { count: result.length }) });
      }
    },
    onError: async (error, { rows, changes }, context) => {
      const previous = new Map((context?.previous ?? []).map((row) => [row.id, row]));
      queryClient.setQueryData(rowsKey, (current) =>
        current?.map((row) => previous.get(row.id) ?? row),
      );
      if (!isConflict(error)) {
        setOutcome({ tone: 'error', text: errorMessage(error) });
        return;
      }
      await refetchRows();
      const fresh = new Map(cachedRows().map((row) => [row.id, row.revision]));
      const changedIds = resolve(rows)
        .filter((row) => fresh.get(row.id) !== row.revision)
        .map((row) => row.id);
      setConflict({
        changes,
        attempted: [...rows],
        changedIds: changedIds.length > 0 ? changedIds : rows.map((row) => row.id),
        seen: context?.previous ?? [],
      });
    },
  });

  const transition = useMutation({
    scope,
    mutationFn: async ({ rows, action }: { rows: readonly RowRef[]; action: RowTransition }) => {
      const sent = resolve(rows);
      const result = await client.matrix.transition.mutate({ ...ref, rows: sent, action });
      return { sent, result };
    },
    onSuccess: ({ sent, result }) => {
      remember(sent, result);
      merge(result);
    },
    onError: afterError,
  });

  const dispute = useMutation({
    scope,
    mutationFn: async ({ row, comment }: { row: RowRef; comment: string }) => {
      const sent = resolve([row]);
      const [first] = sent;
      if (!first) throw new Error('no row');
      const result = await client.matrix.dispute.mutate({ ...ref, row: first, comment });
      return { sent, result: [result] };
    },
    onSuccess: ({ sent, result }) => {
      remember(sent, result);
      merge(result);
    },
    onError: afterError,
  });

  const comment = useMutation({
    mutationFn: (input: { rowId: string; body: string; mentionUserIds: string[] }) =>
      client.matrix.comment.mutate({ ...ref, ...input }),
    onSuccess: (_result, { rowId }) => {
      queryClient.setQueryData(rowsKey, (rows) =>
        rows?.map((row) =>
          row.id === rowId ? { ...row, commentCount: row.commentCount + 1 } : row,
        ),
      );
      void queryClient.invalidateQueries({ queryKey: trpc.matrix.row.pathKey() });
    },
  });

  // Evidence changes answer with the evidence, not the row: the rows are read again (the row's
  // revision, status and count changed on the server).
  const afterEvidence = async () => {
    void queryClient.invalidateQueries({ queryKey: trpc.matrix.row.pathKey() });
    void queryClient.invalidateQueries({
      queryKey: trpc.matrix.list.queryKey({ workspaceId: ref.workspaceId }),
      refetchType: 'none',
    });
    await refetchRows();
  };

  const addEvidence = useMutation({
    scope,
    mutationFn: ({
      row,
      ...input
    }: {
      row: RowRef;
      kind: EvidenceKind;
      title: string;
      reference: string;
      file?: { fileName: string; contentBase64: string };
    }) => {
      const [sent] = resolve([row]);
      return client.matrix.addEvidence.mutate({ ...ref, row: sent ?? row, ...input });
    },
    onSuccess: afterEvidence,
    onError: afterError,
  });

  const removeEvidence = useMutation({
    scope,
    mutationFn: ({ row, evidenceId }: { row: RowRef; evidenceId: string }) => {
      const [sent] = resolve([row]);
      return client.matrix.removeEvidence.mutate({ ...ref, row: sent ?? row, evidenceId });
    },
    onSuccess: afterEvidence,
    onError: afterError,
  });

  return {
    /** Inline or bulk edit, shown at once and undone if the server refuses it. */
    updateRows: (
      rows: readonly RowRef[],
      changes: RowChanges,
      /** Told when the server refuses the edit (other than a conflict), e.g. to mark the field. */
      onRefused?: (error: unknown) => void,
    ) => {
      setOutcome(null);
      update.mutate(
        { rows, changes },
        {
          onError: (error) => {
            if (!isConflict(error)) onRefused?.(error);
          },
        },
      );
    },
    updating: update.isPending,
    transition,
    dispute,
    comment,
    addEvidence,
    removeEvidence,
    outcome,
    setOutcome,
    conflict,
    /** Applies the refused edit again on the rows as they are now. */
    reapplyConflict: () => {
      if (!conflict) return;
      const fresh = new Map(cachedRows().map((row) => [row.id, row]));
      const rows = conflict.attempted.flatMap((row) => {
        const current = fresh.get(row.id);
        return current ? [{ id: current.id, revision: current.revision }] : [];
      });
      setConflict(null);
      if (rows.length > 0) update.mutate({ rows, changes: conflict.changes });
    },
    discardConflict: () => {
      setConflict(null);
    },
  };
}

export type MatrixWrites = ReturnType<typeof useMatrixWrites>;
