import type { PresentViewer } from './usePresence.js';

export const presentName = (v: PresentViewer) => `${v.name}${v.discipline ? ` (${v.discipline})` : ''}`;

/**
 * What to say when the people on a record change: "Avery Patel (SW) opened this patient" for
 * each newcomer, "… left" for each who went. The viewer themself is never announced.
 */
export function presenceChanges(before: PresentViewer[], after: PresentViewer[], me: string): string[] {
  const was = new Set(before.map((v) => v.userId));
  const is = new Set(after.map((v) => v.userId));
  return [
    ...after.filter((v) => v.userId !== me && !was.has(v.userId)).map((v) => `${presentName(v)} opened this patient`),
    ...before.filter((v) => v.userId !== me && !is.has(v.userId)).map((v) => `${presentName(v)} left this patient`),
  ];
}
