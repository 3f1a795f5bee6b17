import { createStore } from './store.js';

export interface Notice {
  id: number;
  tone: 'error' | 'info';
  /** What happened, in the product's words: which change, and why. */
  text: string;
}

/** Messages that outlive the screen that caused them: a refused change rolled back, a live update skipped. */
export const notices = createStore<Notice[]>([]);

let nextId = 1;

/** Shows a message until the user dismisses it; the same text twice in a row is shown once. */
export function notify(text: string, tone: Notice['tone'] = 'error'): void {
  notices.set((list) => (list.at(-1)?.text === text ? list : [...list, { id: nextId++, tone, text }]));
}

export function dismissNotice(id: number): void {
  notices.set((list) => list.filter((n) => n.id !== id));
}
