import { z } from 'zod';
import {
  expansionBudget,
  OscalLinkRel,
  OscalPartName,
  renderParams,
  type OscalLink,
  type OscalNode,
  type OscalParam,
  type OscalPart,
  type OscalProp,
} from '@bunkai/catalogs';

/*
 * What a reader needs of a requirement's stored OSCAL node: its label, parameters, statement and
 * other parts with every `{{ insert: param, … }}` rendered, and links resolved to requirements of
 * the same version. Pure: the caller loads the nodes whose parameters are in scope.
 */

export const RequirementParam = z.object({
  id: z.string(),
  label: z.string().nullable(),
  /** How to choose a value (OSCAL `guidelines`), rendered. */
  guidelines: z.array(z.string()),
  /** Assigned values, rendered; empty when the organization assigns them. */
  values: z.array(z.string()),
  /** The choices of a selection, rendered; empty when the parameter is no selection. */
  choices: z.array(z.string()),
  howMany: z.enum(['one', 'one-or-more']).nullable(),
});
export type RequirementParam = z.infer<typeof RequirementParam>;

export interface RequirementPart {
  name: string;
  /** The name when readers have a word for it, else null (then the title or name is shown). */
  known: OscalPartName | null;
  title: string | null;
  /** The part's OSCAL label (`a.`, `1.`, `AC-17a.`), else its assessment method. */
  label: string | null;
  prose: string | null;
  parts: RequirementPart[];
}
export const RequirementPart: z.ZodType<RequirementPart> = z.lazy(() =>
  z.object({
    name: z.string(),
    known: OscalPartName.nullable(),
    title: z.string().nullable(),
    label: z.string().nullable(),
    prose: z.string().nullable(),
    parts: z.array(RequirementPart),
  }),
);

/** A requirement of the same version a link points at (`#id`). */
export const LinkTarget = z.object({
  code: z.string(),
  label: z.string().nullable(),
  titleJa: z.string(),
  titleEn: z.string(),
});
export type LinkTarget = z.infer<typeof LinkTarget>;

export const RequirementLink = z.object({
  rel: z.string().nullable(),
  knownRel: OscalLinkRel.nullable(),
  href: z.string(),
  text: z.string().nullable(),
  target: LinkTarget.nullable(),
});
export type RequirementLink = z.infer<typeof RequirementLink>;

export const OscalView = z.object({
  params: z.array(RequirementParam),
  /** The statement as its tree of items; null when the node has none (a withdrawn control). */
  statement: RequirementPart.nullable(),
  /** Every other part: overview, guidance, assessment objectives and methods… */
  parts: z.array(RequirementPart),
  links: z.array(RequirementLink),
});
export type OscalView = z.infer<typeof OscalView>;

export const EMPTY_OSCAL_VIEW: OscalView = { params: [], statement: null, parts: [], links: [] };

const OSCAL_NS = 'http://csrc.nist.gov/ns/oscal';
const coreProps = (props: readonly OscalProp[] | undefined, name: string) =>
  (props ?? []).filter((p) => p.name === name && (p.ns === undefined || p.ns === OSCAL_NS));

/** The OSCAL `label` prop (`AC-1`); the one without a class first, as NIST adds classed variants. */
export function oscalLabel(props: readonly OscalProp[] | undefined): string | null {
  const labels = coreProps(props, 'label');
  return (labels.find((p) => p.class === undefined) ?? labels[0])?.value ?? null;
}

/** The id a same-document link points at (`#ac-2` → `ac-2`), else null. */
export function linkedId(link: OscalLink): string | null {
  return link.href.startsWith('#') && link.href.length > 1 ? link.href.slice(1) : null;
}

const partNames: ReadonlySet<string> = new Set(OscalPartName.options);
const linkRels: ReadonlySet<string> = new Set(OscalLinkRel.options);
const isPartName = (name: string): name is OscalPartName => partNames.has(name);
const isLinkRel = (rel: string): rel is OscalLinkRel => linkRels.has(rel);

/**
 * The reader's view of `node`. `scope` holds the parameters its prose may insert: its own and its
 * ancestors' (an enhancement inserts its control's); `targets` the requirements its links name.
 * Insertions share one budget over the whole view (`ParamExpansionLimitError` past it), so a node
 * stored before imports measured them cannot hold the server.
 */
export function oscalView(
  node: OscalNode,
  scope: readonly OscalParam[],
  targets: ReadonlyMap<string, LinkTarget>,
): OscalView {
  const params = new Map<string, OscalParam>();
  for (const p of [...(node.params ?? []), ...scope]) if (!params.has(p.id)) params.set(p.id, p);
  const budget = expansionBudget();
  const render = (text: string) => renderParams(text, params, budget);
  const part = (p: OscalPart): RequirementPart => ({
    name: p.name,
    known: p.ns === undefined && isPartName(p.name) ? p.name : null,
    title: p.title === undefined ? null : render(p.title),
    // SP 800-53A's methods (EXAMINE, INTERVIEW, TEST) stand where a label would.
    label: oscalLabel(p.props) ?? coreProps(p.props, 'method')[0]?.value ?? null,
    prose: p.prose === undefined ? null : render(p.prose.trim()),
    parts: (p.parts ?? []).map(part),
  });
  const parts = node.parts ?? [];
  const statement = parts.find((p) => p.name === 'statement' && p.ns === undefined);
  return {
    params: (node.params ?? []).map((p) => ({
      id: p.id,
      label: p.label === undefined ? null : render(p.label),
      guidelines: (p.guidelines ?? []).map((g) => render(g.prose)),
      values: (p.values ?? []).map(render),
      choices: (p.select?.choice ?? []).map(render),
      howMany: p.select?.['how-many'] ?? null,
    })),
    statement: statement ? part(statement) : null,
    parts: parts.filter((p) => p !== statement).map(part),
    links: (node.links ?? []).map((l) => {
      const id = linkedId(l);
      return {
        rel: l.rel ?? null,
        knownRel: l.rel !== undefined && isLinkRel(l.rel) ? l.rel : null,
        href: l.href,
        text: l.text === undefined ? null : render(l.text),
        target: (id === null ? undefined : targets.get(id)) ?? null,
      };
    }),
  };
}
