import type { Viewer } from './viewer.js';

/** Who is calling and from where: what services need to decide access and write the audit trail. */
export interface Caller {
  viewer: Viewer | null;
  requestId: string;
  ip: string | null;
}
