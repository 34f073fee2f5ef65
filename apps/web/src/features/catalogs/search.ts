import { stringParam } from '../../lib/redirect';
import {
  FACILITY_SIZES,
  isOneOf,
  OWNER_SIDES,
  REQUIREMENT_AUDIENCES,
  type FacilitySize,
  type OwnerSide,
  type RequirementAudience,
} from '@bunkai/model';

/** The search parameters of a version's page: the open item and the filters. */
export interface VersionSearch {
  /** The code of the item shown in the side panel. */
  item?: string;
  q?: string;
  audience?: RequirementAudience;
  level?: string;
  size?: FacilitySize;
  owner?: OwnerSide;
}

function oneOf<T extends string>(list: readonly T[], value: unknown): T | undefined {
  return isOneOf(list, value) ? value : undefined;
}

export function validateVersionSearch(search: Record<string, unknown>): VersionSearch {
  return {
    item: stringParam(search.item),
    q: stringParam(search.q),
    audience: oneOf(REQUIREMENT_AUDIENCES, search.audience),
    level: stringParam(search.level),
    size: oneOf(FACILITY_SIZES, search.size),
    owner: oneOf(OWNER_SIDES, search.owner),
  };
}

/** `/catalogs/diff?from=…&to=…` */
export interface DiffSearch {
  from?: string;
  to?: string;
}

export function validateDiffSearch(search: Record<string, unknown>): DiffSearch {
  return { from: stringParam(search.from), to: stringParam(search.to) };
}
