import type { HrsnDomain } from '../social-needs/hrsn-tool.js';

/** What a community resource offers; a resource may offer several. */
export const RESOURCE_CATEGORIES = [
  'FOOD',
  'HOUSING',
  'TRANSPORTATION',
  'UTILITIES',
  'INTERPERSONAL_SAFETY',
  'MENTAL_HEALTH',
  'CAREGIVER_SUPPORT',
] as const;
export type ResourceCategory = (typeof RESOURCE_CATEGORIES)[number];

/** The category a resource must offer to take a referral for a need of each social-needs domain. */
export const CATEGORY_FOR_DOMAIN: Record<HrsnDomain, ResourceCategory> = {
  LIVING_SITUATION: 'HOUSING',
  FOOD: 'FOOD',
  TRANSPORTATION: 'TRANSPORTATION',
  UTILITIES: 'UTILITIES',
  SAFETY: 'INTERPERSONAL_SAFETY',
};

/**
 * The closed loop of a referral: drafted, sent to the agency, then the agency accepts or declines,
 * or does not answer; an accepted referral ends completed (the service was delivered) or declined
 * (the agency could not serve after all). A referral with no response may be sent again.
 */
export const REFERRAL_STATUSES = ['DRAFT', 'SENT', 'ACCEPTED', 'DECLINED', 'COMPLETED', 'NO_RESPONSE'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

const NEXT: Record<ReferralStatus, readonly ReferralStatus[]> = {
  DRAFT: ['SENT'],
  SENT: ['ACCEPTED', 'DECLINED', 'NO_RESPONSE'],
  NO_RESPONSE: ['SENT'],
  ACCEPTED: ['COMPLETED', 'DECLINED'],
  DECLINED: [],
  COMPLETED: [],
};

/** True when a referral may go from `from` to `to` in one step. */
export const nextStatuses = (from: ReferralStatus): readonly ReferralStatus[] => NEXT[from];
export const mayMove = (from: ReferralStatus, to: ReferralStatus) => NEXT[from].includes(to);

/** The loop is closed once the agency's answer is final: the service was delivered, or it was declined. */
export const CLOSED_STATUSES: readonly ReferralStatus[] = ['COMPLETED', 'DECLINED'];

/** Statuses awaiting the agency, whose follow-up can fall overdue. */
export const AWAITING_STATUSES: readonly ReferralStatus[] = ['SENT', 'ACCEPTED'];

const DAY_MS = 86_400_000;

/**
 * When the team follows up by default: a week after sending (has the agency answered?), two weeks
 * after acceptance (was the service delivered?).
 */
export function defaultFollowUp(status: ReferralStatus, at: Date): Date | null {
  if (status === 'SENT') return new Date(at.getTime() + 7 * DAY_MS);
  if (status === 'ACCEPTED') return new Date(at.getTime() + 14 * DAY_MS);
  return null;
}

/**
 * The words of a directory search as a query both full-text engines read the same way: each word a
 * prefix, all words required. Anything but letters and digits separates words, so no query syntax
 * (quotes, operators, column filters) reaches either engine from user input.
 */
export function searchWords(text: string | null | undefined): string[] {
  return (text ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
}
