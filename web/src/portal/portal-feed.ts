import type { PortalEventsSubscription, PortalItemFieldsFragment } from '@carehub/schema/graphql';

export type PortalItem = PortalItemFieldsFragment;
export type PortalEvent = PortalEventsSubscription['portalEvents'];

/** How the portal groups what the team shares, in the order a worried relative looks for it. */
export const SECTIONS = [
  { key: 'news', title: 'News from the care team', kinds: ['UPDATE', 'CONFERENCE_SUMMARY', 'EDUCATION'] },
  { key: 'home', title: 'Going home', kinds: ['DISCHARGE_DATE', 'DISCHARGE_PLAN'] },
  { key: 'plan', title: 'What the team is working on', kinds: ['GOAL', 'INTERVENTION'] },
  { key: 'questions', title: 'Your questions', kinds: ['QUESTION'] },
  { key: 'contacts', title: 'Who is caring for them', kinds: ['CONTACT'] },
] as const;

/**
 * Applies one live event to the feed: an item shown or changed takes its place (newest first), a
 * removed one leaves. Idempotent, so an event replayed after a reconnect changes nothing.
 */
export function applyPortalEvent(items: readonly PortalItem[], event: PortalEvent): PortalItem[] {
  const rest = items.filter((i) => i.id !== event.itemId);
  if (event.removed || !event.item) return rest;
  return sortNewestFirst([...rest, event.item]);
}

/** Newest first; ties by id so the order never jumps. */
export function sortNewestFirst(items: PortalItem[]): PortalItem[] {
  return items.sort((a, b) => b.at.localeCompare(a.at) || a.id.localeCompare(b.id));
}

/** The items of one section, in feed order. */
export function itemsOf(items: readonly PortalItem[], kinds: readonly string[]): PortalItem[] {
  return items.filter((i) => kinds.includes(i.kind));
}
