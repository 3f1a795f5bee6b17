import { createContext, type ReactNode, useContext } from 'react';

/** The IANA zone of the unit whose screen this is; null outside any unit. */
export const TimeZoneContext = createContext<string | null>(null);

/** Screens below read dates on `zone`'s clock: the viewer's unit in the frame, the patient's unit on a patient. */
export function TimeZoneProvider({ zone, children }: { zone: string | null | undefined; children: ReactNode }) {
  const outer = useContext(TimeZoneContext);
  return <TimeZoneContext.Provider value={zone ?? outer}>{children}</TimeZoneContext.Provider>;
}
