import type { MikroORM } from '@mikro-orm/core';
import type { Caller } from '../../platform/auth/caller.js';
import { badInput, unauthenticated } from '../../platform/errors.js';
import type { EventLog } from '../../platform/events/event-log.js';
import { Streams } from '../../platform/events/streams.js';
import type { PatientAccessService } from './patient-access.service.js';
import type { ChangesSinceLastSeenType } from './seen.types.js';
import { SeenMarker } from './seen-marker.entity.js';

/** How many of others' changes "since you last looked" lists at most. */
const CHANGES_LIMIT = 200;

/** "Since you last looked": how far each user has seen each patient's changes, and what others changed since. */
export class SeenService {
  constructor(
    private readonly orm: MikroORM,
    private readonly events: EventLog,
    private readonly access: PatientAccessService,
  ) {}

  /** Others' changes to the patient since the viewer last marked it as seen (their own are left out). */
  async changesSinceLastSeen(caller: Caller, patientId: string): Promise<ChangesSinceLastSeenType> {
    const viewer = caller.viewer;
    if (!viewer) throw unauthenticated();
    await this.access.assertMayRead(caller, patientId, 'changesSinceLastSeen');
    const stream = Streams.patient(patientId);
    const marker = await this.orm.em.fork().findOne(SeenMarker, { userId: viewer.userId, patientId });
    // Without a marker there is no "last time" to compare with: the first visit sets the baseline.
    const rows = marker
      ? await this.events.after(stream, marker.lastSeenEventId, { limit: CHANGES_LIMIT, notBy: viewer.userId })
      : [];
    const latest = await this.events.lastId(stream);
    return {
      lastSeenAt: marker?.at ?? null,
      latestEventId: latest === '0' ? null : latest,
      changes: rows.map((r) => ({
        eventId: String(r.id),
        at: r.at.toISOString(),
        actorName: r.actorName,
        kind: r.kind,
        entityType: r.entityType,
        entityId: r.entityId,
        fields: (r.changes?.map((c) => c.field) ?? []).sort(),
      })),
    };
  }

  /** Records that the viewer has seen the patient's changes up to an event; never moves backwards. */
  async markSeen(caller: Caller, patientId: string, upToEventId: string): Promise<ChangesSinceLastSeenType> {
    const { viewer } = await this.access.authorize(caller, patientId, 'patient.read', 'markPatientSeen', {
      audit: false,
    });
    const eventId = await this.events.idInStream(Streams.patient(patientId), upToEventId);
    if (!eventId) throw badInput('upToEventId is not an event of this patient.', 'upToEventId');
    await this.orm.em.fork().transactional(async (tx) => {
      const marker = await tx.findOne(SeenMarker, { userId: viewer.userId, patientId });
      if (!marker) tx.create(SeenMarker, { userId: viewer.userId, patientId, lastSeenEventId: eventId });
      else if (BigInt(marker.lastSeenEventId) < BigInt(eventId)) {
        marker.lastSeenEventId = eventId;
        marker.at = new Date();
      }
    });
    return this.changesSinceLastSeen(caller, patientId);
  }
}
