import { VisuallyHidden } from '@mantine/core';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from 'react';

type Announce = (message: string) => void;

const AnnounceContext = createContext<Announce>(() => {});

/** How long an announcement stays in the region (a screen reader has read it by then). */
const KEEP_MS = 8_000;

/**
 * A polite live region for changes that arrive from others (a patient updated, someone opening
 * the same record): a screen-reader user hears them without losing their place. Each message
 * is added as its own line, so two changes in a row are both read.
 */
export function Announcer({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<{ id: number; text: string }[]>([]);
  const next = useRef(0);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const t of pending) clearTimeout(t);
    };
  }, []);
  const announce = useCallback<Announce>((text) => {
    const id = ++next.current;
    setMessages((list) => [...list.slice(-4), { id, text }]);
    const timer = setTimeout(() => {
      timers.current.delete(timer);
      setMessages((list) => list.filter((m) => m.id !== id));
    }, KEEP_MS);
    timers.current.add(timer);
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <VisuallyHidden role="log" aria-live="polite" aria-relevant="additions" aria-label="Live changes">
        {messages.map((m) => (
          <div key={m.id}>{m.text}</div>
        ))}
      </VisuallyHidden>
    </AnnounceContext.Provider>
  );
}

/** Says `message` to assistive technology, politely. */
export const useAnnounce = (): Announce => useContext(AnnounceContext);
