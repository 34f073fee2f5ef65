import type { ImportIssue } from '../model';
import { importIssue, jsonPathLabel, listedIssues } from './issues';
import type { JsonPath } from './json-scan';
import { CATALOG_LIMITS } from './limits';
import {
  chargeParams,
  expansionBudget,
  ParamExpansionLimitError,
  type RenderedParam,
} from './oscal-params';

/*
 * Checks of an OSCAL catalog's tree before it is mapped (ADR-024): the file is attacker-controlled
 * and the mapping, the view and the export all walk the tree and expand parameters. Run after
 * `jsonDocumentIssues`, so the tree is at most `CATALOG_LIMITS.jsonDepth` deep and recursion here
 * is safe.
 */

/** What the guard reads of a group or control. */
export interface GuardedNode {
  id?: string | undefined;
  params?: readonly RenderedParam[] | undefined;
  parts?: readonly GuardedPart[] | undefined;
  groups?: readonly GuardedNode[] | undefined;
  controls?: readonly GuardedNode[] | undefined;
}

interface GuardedPart {
  parts?: readonly GuardedPart[] | undefined;
}

/** An issue of one kind, collected up to one past the listed limit (the rest is not looked for). */
function collector() {
  const issues: ImportIssue[] = [];
  return {
    issues,
    add(path: JsonPath, ja: string, en: string) {
      if (issues.length > CATALOG_LIMITS.issuesOfAKind) return;
      const at = jsonPathLabel(path);
      issues.push(importIssue(null, at.column, `${at.ja}: ${ja}`, `${at.en}: ${en}`));
    },
  };
}

/**
 * Groups and controls nested past `CATALOG_LIMITS.treeDepth` levels, parts likewise, an id given to
 * two groups or controls, and a parameter id given twice in the document (insertions take the
 * first, so the second would silently never show). `at` is the path of the catalog object.
 */
export function oscalTreeIssues(
  groups: readonly GuardedNode[],
  controls: readonly GuardedNode[],
  at: JsonPath,
): ImportIssue[] {
  const limit = CATALOG_LIMITS.treeDepth;
  const nesting = collector();
  const duplicates = collector();
  const nodeIds = new Map<string, string>();
  const paramIds = new Map<string, string>();
  const path: (string | number)[] = [...at];
  const claim = (seen: Map<string, string>, id: string, what: { ja: string; en: string }) => {
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, jsonPathLabel(path).ja);
    } else {
      duplicates.add(
        path,
        `${what.ja} ${id} が重複しています（最初は ${first}）`,
        `duplicate ${what.en} ${id} (first at ${first})`,
      );
    }
  };
  const within = (keys: (string | number)[], visit: () => void) => {
    path.push(...keys);
    visit();
    path.length -= keys.length;
  };
  const visitParts = (parts: readonly GuardedPart[], level: number) => {
    parts.forEach((part, i) => {
      within(['parts', i], () => {
        if (level > limit) {
          nesting.add(
            path,
            `パート（parts）の入れ子が深すぎます（${limit}階層まで）`,
            `parts nest more than ${limit} levels deep`,
          );
        } else {
          visitParts(part.parts ?? [], level + 1);
        }
      });
    });
  };
  const visitNodes = (
    member: 'groups' | 'controls',
    nodes: readonly GuardedNode[],
    level: number,
  ) => {
    nodes.forEach((node, i) => {
      within([member, i], () => {
        if (level > limit) {
          nesting.add(
            path,
            `グループ・コントロールの入れ子が深すぎます（${limit}階層まで）`,
            `groups and controls nest more than ${limit} levels deep`,
          );
          return;
        }
        const id = node.id;
        if (id !== undefined) {
          within(['id'], () => {
            claim(nodeIds, id, { ja: 'ID', en: 'id' });
          });
        }
        (node.params ?? []).forEach((param, j) => {
          within(['params', j, 'id'], () => {
            claim(paramIds, param.id, { ja: 'パラメータ ID', en: 'parameter id' });
          });
        });
        visitParts(node.parts ?? [], 1);
        visitNodes('groups', node.groups ?? [], level + 1);
        visitNodes('controls', node.controls ?? [], level + 1);
      });
    });
  };
  visitNodes('groups', groups, 1);
  visitNodes('controls', controls, 1);
  return [...listedIssues(nesting.issues), ...listedIssues(duplicates.issues)];
}

/** Every group and control of the tree with its path, parents first. */
export function* oscalNodes(
  groups: readonly GuardedNode[],
  controls: readonly GuardedNode[],
  at: JsonPath,
): Generator<{ node: GuardedNode; path: JsonPath }> {
  for (const [member, nodes] of [
    ['groups', groups],
    ['controls', controls],
  ] as const) {
    for (const [i, node] of nodes.entries()) {
      const path = [...at, member, i];
      yield { node, path };
      yield* oscalNodes(node.groups ?? [], node.controls ?? [], path);
    }
  }
}

// A node's children are nodes of their own, charged separately.
const CHILD_MEMBERS: ReadonlySet<string> = new Set(['groups', 'controls']);

/**
 * Where parameter insertions, in every string of the nodes' own members (more than any reader
 * shows), would together add more than `CATALOG_LIMITS.paramExpansion` characters; null when
 * they stay within it. Nothing is rendered: insertions are only counted.
 */
export function expansionOverflow(
  nodes: Iterable<{ node: unknown; path: JsonPath }>,
  params: ReadonlyMap<string, RenderedParam>,
): JsonPath | null {
  const budget = expansionBudget();
  const path: (string | number)[] = [];
  const charge = (value: unknown, top: boolean) => {
    if (typeof value === 'string') {
      chargeParams(value, params, budget);
    } else if (Array.isArray(value)) {
      value.forEach((item: unknown, i) => {
        path.push(i);
        charge(item, false);
        path.pop();
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (top && CHILD_MEMBERS.has(key)) continue;
        path.push(key);
        charge(item, false);
        path.pop();
      }
    }
  };
  for (const { node, path: at } of nodes) {
    path.length = 0;
    path.push(...at);
    try {
      charge(node, true);
    } catch (error) {
      if (error instanceof ParamExpansionLimitError) return [...path];
      throw error;
    }
  }
  return null;
}

/** The issue for `expansionOverflow`'s answer, at `column` (`label` in messages). */
export function expansionIssue(
  row: number | null,
  column: string | null,
  label: { ja: string; en: string },
): ImportIssue {
  const limit = CATALOG_LIMITS.paramExpansion.toLocaleString('en');
  return importIssue(
    row,
    column,
    `${label.ja}: パラメータの挿入（{{ insert: param, … }}）で増える文字数が文書全体の上限（${limit}文字）を超えます`,
    `${label.en}: parameter insertions ({{ insert: param, … }}) add more than the document's limit of ${limit} characters`,
  );
}
