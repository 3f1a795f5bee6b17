import {
  AuthorizationFieldsFragmentDoc,
  type ChangeAuthorizationStatusMutation,
  type ChangeAuthorizationStatusMutationVariables,
  type UpdateUtilizationReviewMutation,
  type UpdateUtilizationReviewMutationVariables,
  UtilizationReviewFieldsFragmentDoc,
} from '@carehub/schema/graphql';
import { versionedUpdate } from '../../platform/optimistic.js';

/** How payer edits show before the hub answers, and wait in the offline queue (see platform/live-mutation.ts). */

const words = (value: unknown) =>
  String(value ?? '')
    .toLowerCase()
    .replaceAll('_', ' ');

/**
 * A status step shows at once with its new status; the hub's answer (or the patient's stream)
 * brings the rest — the dated history step, where the status may go next, an appeal card's id.
 */
export const changeAuthorizationStatusLive = versionedUpdate<
  ChangeAuthorizationStatusMutation,
  ChangeAuthorizationStatusMutationVariables
>({
  typename: 'Authorization',
  resultField: 'changeAuthorizationStatus',
  fragment: AuthorizationFieldsFragmentDoc,
  fragmentName: 'AuthorizationFields',
  name: (item) => `Authorization: ${String(item?.payer ?? '')} ${words(item?.service)}`,
});

export const updateUtilizationReviewLive = versionedUpdate<
  UpdateUtilizationReviewMutation,
  UpdateUtilizationReviewMutationVariables
>({
  typename: 'UtilizationReview',
  resultField: 'updateUtilizationReview',
  fragment: UtilizationReviewFieldsFragmentDoc,
  fragmentName: 'UtilizationReviewFields',
  name: (item) => `Utilization review of ${String(item?.reviewDate ?? '')}`,
});
