/** A GraphQL enum object (`{ A: 'A', ... }`) from a list of values, for `registerEnumType`. */
export const enumOf = <T extends readonly string[]>(values: T) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
