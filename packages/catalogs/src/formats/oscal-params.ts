import { CATALOG_LIMITS } from './limits';

/** What rendering needs of an OSCAL parameter (the importer's lenient shape and the model's). */
export interface RenderedParam {
  id: string;
  label?: string | undefined;
  values?: readonly string[] | undefined;
  select?: { 'how-many'?: string | undefined; choice?: readonly string[] | undefined } | undefined;
}

/**
 * What insertions may still add, shared by every text of a document (or of a view): a parameter
 * whose values insert another parameter 200 times, four deep ("billion laughs"), would add
 * billions of characters.
 */
export interface ExpansionBudget {
  remaining: number;
}

export function expansionBudget(limit: number = CATALOG_LIMITS.paramExpansion): ExpansionBudget {
  return { remaining: limit };
}

/** Thrown when insertions would add more than their budget. */
export class ParamExpansionLimitError extends Error {
  constructor() {
    super('parameter insertions exceed their budget');
    this.name = 'ParamExpansionLimitError';
  }
}

// The id stops at a brace as well as at a space: `[^\s}]+` let every `{{` scan to the end of a
// brace-only run, so 0.5 MB of `{{insert:param,` took 30 s.
const INSERT = /\{\{\s*insert:\s*param,\s*([^\s{}]+)\s*\}\}/g;

// Inserted text is rendered four deep at most (a value may insert a parameter, and so on).
const MAX_DEPTH = 3;

/**
 * Appends texts with their insertions to `out` (or only counts them when `out` is null). Text at
 * depth 0 is the caller's own; everything an insertion produces is charged to the budget before
 * it is built, so the work is bounded by the budget whatever the parameters hold.
 */
class Expansion {
  constructor(
    private readonly params: ReadonlyMap<string, RenderedParam>,
    private readonly budget: ExpansionBudget,
    private readonly out: string[] | null,
  ) {}

  private emit(piece: string, inserted: boolean) {
    if (inserted) {
      this.budget.remaining -= piece.length;
      if (this.budget.remaining < 0) throw new ParamExpansionLimitError();
    }
    this.out?.push(piece);
  }

  private each(pieces: readonly string[], separator: string, depth: number) {
    pieces.forEach((piece, i) => {
      if (i > 0) this.emit(separator, true);
      this.text(piece, depth);
    });
  }

  text(text: string, depth: number): void {
    if (!text.includes('{{')) {
      this.emit(text, depth > 0);
      return;
    }
    let last = 0;
    for (const match of text.matchAll(INSERT)) {
      this.emit(text.slice(last, match.index), depth > 0);
      last = match.index + match[0].length;
      const id = match[1] ?? '';
      const p = this.params.get(id);
      if (!p || depth > MAX_DEPTH) {
        this.emit(`[Assignment: ${id}]`, true);
      } else if (p.values && p.values.length > 0) {
        this.each(p.values, ', ', depth + 1);
      } else if (p.select?.choice && p.select.choice.length > 0) {
        const many = p.select['how-many'] === 'one-or-more' ? ' (one or more)' : '';
        this.emit(`[Selection${many}: `, true);
        this.each(p.select.choice, '; ', depth + 1);
        this.emit(']', true);
      } else {
        this.emit('[Assignment: ', true);
        if (p.label === undefined) this.emit(id, true);
        else this.text(p.label, depth + 1);
        this.emit(']', true);
      }
    }
    this.emit(text.slice(last), depth > 0);
  }
}

/**
 * Prose with every `{{ insert: param, id }}` replaced as NIST renders it: the assigned values, else
 * `[Selection (one or more): a; b]`, else `[Assignment: label]` (unknown ids stay as the id).
 * What insertions add is charged to `budget` (by default one of its own); past it,
 * `ParamExpansionLimitError` is thrown.
 */
export function renderParams(
  prose: string,
  params: ReadonlyMap<string, RenderedParam>,
  budget: ExpansionBudget = expansionBudget(),
): string {
  const out: string[] = [];
  new Expansion(params, budget, out).text(prose, 0);
  return out.join('');
}

/** What `renderParams` would add to `prose`, charged to `budget`, without building the text. */
export function chargeParams(
  prose: string,
  params: ReadonlyMap<string, RenderedParam>,
  budget: ExpansionBudget,
): void {
  new Expansion(params, budget, null).text(prose, 0);
}
