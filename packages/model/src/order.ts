type Missing<T, L extends readonly unknown[]> = Exclude<T, L[number]>;

/**
 * An order of a vocabulary's values that must name every one of them: a value added to the
 * vocabulary and left out here is a compile error naming it (`missing`).
 */
export function everyValueOf<T extends string>() {
  return <const L extends readonly T[]>(
    list: L & ([Missing<T, L>] extends [never] ? unknown : { missing: Missing<T, L> }),
  ): L => list;
}
