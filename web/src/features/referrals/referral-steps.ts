/** The words a referral's status reads as, on a button that moves it there and on its badge. */
export const STEP_LABELS: Record<string, { badge: string; action: string; color: string }> = {
  DRAFT: { badge: 'Draft', action: 'Draft', color: 'gray' },
  SENT: { badge: 'Sent', action: 'Mark sent', color: 'brand' },
  ACCEPTED: { badge: 'Accepted', action: 'Agency accepted', color: 'brand' },
  DECLINED: { badge: 'Declined', action: 'Agency declined', color: 'danger' },
  COMPLETED: { badge: 'Completed', action: 'Service delivered', color: 'ok' },
  NO_RESPONSE: { badge: 'No response', action: 'No response', color: 'warn' },
};

/** The resource category a need of each social-needs domain is referred to. */
export const CATEGORY_FOR_DOMAIN: Record<string, string> = {
  LIVING_SITUATION: 'HOUSING',
  FOOD: 'FOOD',
  TRANSPORTATION: 'TRANSPORTATION',
  UTILITIES: 'UTILITIES',
  SAFETY: 'INTERPERSONAL_SAFETY',
};

export const CATEGORY_LABELS: Record<string, string> = {
  FOOD: 'Food',
  HOUSING: 'Housing',
  TRANSPORTATION: 'Transportation',
  UTILITIES: 'Utilities',
  INTERPERSONAL_SAFETY: 'Interpersonal safety',
  MENTAL_HEALTH: 'Mental health',
  CAREGIVER_SUPPORT: 'Caregiver support',
};
