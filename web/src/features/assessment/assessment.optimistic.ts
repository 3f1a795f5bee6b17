import {
  type AssessmentFieldsFragment,
  AssessmentFieldsFragmentDoc,
  type UpdateAssessmentMutation,
  type UpdateAssessmentMutationVariables,
} from '@carehub/schema/graphql';
import type { LiveMutationSpec } from '../../platform/live-mutation.js';
import { cachedItem } from '../../platform/optimistic.js';

/** How assessment edits show before the hub answers (see platform/live-mutation.ts). */

export const DOMAINS = ['clinical', 'psychosocial', 'financial', 'environmental'] as const;
export type Domain = (typeof DOMAINS)[number];

/**
 * A draft edit shows at once and waits in the offline queue: the fields given replace the
 * draft's, one version up. What changed since the previous assessment is the hub's to work out.
 */
export const updateAssessmentLive: LiveMutationSpec<UpdateAssessmentMutation, UpdateAssessmentMutationVariables> = {
  describe: ({ input }) =>
    `Assessment draft: ${DOMAINS.filter((d) => input[d])
      .flatMap((d) =>
        Object.keys(input[d] ?? {}).map((f) => `${d} ${f.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`),
      )
      .join(', ')}`,
  optimistic: ({ input }, { cache }) => {
    const item = cachedItem(
      cache,
      'Assessment',
      input.id,
      AssessmentFieldsFragmentDoc,
      'AssessmentFields',
    ) as AssessmentFieldsFragment | null;
    if (!item) return null;
    const merged = { ...item } as Record<string, unknown>;
    for (const d of DOMAINS) {
      if (input[d]) merged[d] = { ...(item[d] as object), ...input[d] };
    }
    return {
      updateAssessment: { ...merged, __typename: 'Assessment', version: input.expectedVersion + 1 },
    } as unknown as UpdateAssessmentMutation;
  },
  queued: { entity: ({ input }) => ({ typename: 'Assessment', id: input.id }) },
};
