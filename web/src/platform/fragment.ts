import type { DocumentNode, SelectionSetNode } from 'graphql';

/** A field, or a field with its own selection: `'id'`, `{ goals: ['__typename'] }`. */
export type Selection = string | { [field: string]: Selection[] };

const selectionSet = (selections: Selection[]): SelectionSetNode => ({
  kind: 'SelectionSet' as SelectionSetNode['kind'],
  selections: selections.flatMap((selection) =>
    typeof selection === 'string'
      ? [{ kind: 'Field', name: { kind: 'Name', value: selection } }]
      : Object.entries(selection).map(([field, inner]) => ({
          kind: 'Field',
          name: { kind: 'Name', value: field },
          selectionSet: selectionSet(inner),
        })),
  ) as unknown as SelectionSetNode['selections'],
});

/**
 * A fragment on `typename`, built as the document it would parse to: the cache reads and writes
 * made at run time (versions, new items' lists) need no GraphQL parser in the browser.
 */
export function fragmentOn(typename: string, selections: Selection[]): DocumentNode {
  return {
    kind: 'Document',
    definitions: [
      {
        kind: 'FragmentDefinition',
        name: { kind: 'Name', value: `${typename}Fields_${selections.length}` },
        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: typename } },
        selectionSet: selectionSet(selections),
      },
    ],
  } as unknown as DocumentNode;
}
