/**
 * What an imported catalog file may ask of the parser (ADR-024), far above what real catalogs
 * need: NIST's SP 800-53 rev. 5 HIGH baseline catalog (388 controls and enhancements) nests its
 * JSON 18 levels, its groups and controls 3 and its parts 5, and its parameter insertions add
 * 68,000 characters.
 */
export const CATALOG_LIMITS = {
  /** Levels of the requirement tree (parent chains, OSCAL groups and controls) and of OSCAL parts. */
  treeDepth: 32,
  /** Containers (objects, arrays) a value of a JSON file may sit in. */
  jsonDepth: 100,
  /** Characters that parameter insertions may add to one document, or to one reader's view. */
  paramExpansion: 10_000_000,
  /** Issues of one kind listed before the rest are counted in one more issue. */
  issuesOfAKind: 100,
} as const;
