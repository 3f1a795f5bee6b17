import type { MikroORM } from '@mikro-orm/core';
import { ChangeEventRecord } from './change-event.entity.js';

/**
 * Reads the event log. Feeds, item history and "changes since you last looked" all read
 * through here, so the queries (and the indexes they rely on) live in one place.
 */
export class EventLog {
  constructor(private readonly orm: MikroORM) {}

  /** The newest event id of a stream, `'0'` when it has none. */
  async lastId(stream: string): Promise<string> {
    const row = await this.orm.em
      .fork()
      .getConnection()
      .execute<{ last: string | number | null }>(
        'select max(id) as last from change_event where stream = ?',
        [stream],
        'get',
      );
    return row?.last == null ? '0' : String(row.last);
  }

  /** Up to `limit` events of a stream after `cursor`, oldest first; optionally leaving out one actor's. */
  after(
    stream: string,
    cursor: string,
    options: { limit: number; notBy?: string | undefined },
  ): Promise<ChangeEventRecord[]> {
    return this.orm.em
      .fork()
      .find(
        ChangeEventRecord,
        { stream, id: { $gt: cursor }, ...(options.notBy !== undefined && { actorId: { $ne: options.notBy } }) },
        { orderBy: { id: 'asc' }, limit: options.limit },
      );
  }

  /**
   * The events of a stream up to `through` (inclusive) that family may learn of — those marked
   * FAMILY, and those of `alsoTypes` — oldest first: what a family member's portal is folded from.
   */
  familyVisible(stream: string, alsoTypes: readonly string[], through: string): Promise<ChangeEventRecord[]> {
    return this.orm.em.fork().find(
      ChangeEventRecord,
      {
        stream,
        id: { $lte: through },
        $or: [{ visibility: 'FAMILY' }, ...(alsoTypes.length > 0 ? [{ entityType: { $in: [...alsoTypes] } }] : [])],
      },
      { orderBy: { id: 'asc' } },
    );
  }

  /** Every event about one item on a stream, oldest first. */
  ofItem(stream: string, entityType: string, entityId: string): Promise<ChangeEventRecord[]> {
    return this.orm.em.fork().find(ChangeEventRecord, { entityType, entityId, stream }, { orderBy: { id: 'asc' } });
  }

  /** The id of event `id` as stored (a decimal string), or null when the stream has no such event. */
  async idInStream(stream: string, id: string): Promise<string | null> {
    const event = await this.orm.em.fork().findOne(ChangeEventRecord, { id, stream }, { fields: ['id'] });
    return event ? String(event.id) : null;
  }
}
