import {
  type EntityClass,
  type EntityManager,
  type FilterQuery,
  type MikroORM,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { AuditFact, AuditLog } from '../audit/audit-log.js';
import type { Caller } from '../auth/caller.js';
import { type Actor, actorOf, type Viewer } from '../auth/viewer.js';
import type { Bus, ChangeEventPayload } from '../bus/bus.js';
import { badInput, conflict } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import { ChangeEventRecord, type ChangeKind, type FieldChange, type Visibility } from './change-event.entity.js';
import type { EntityView, EntityViews, Route } from './entity-views.js';
import { type Ordered, positionAfter } from './ordering.js';
import { streamTopic } from './streams.js';

/**
 * One change to record: which item, and — when its module registered no route for it, or this
 * change goes elsewhere — on which streams and who may see it.
 */
export interface Change {
  kind: ChangeKind;
  /** The entity after the change; its view is taken after flush, so version and timestamps are final. */
  entity: object;
  streams?: string[];
  patientId?: string | null;
  visibility?: Visibility;
  /** The view before an update, to record field-level before/after. */
  before?: EntityView;
}

/** An editable entity: optimistic version and id. */
export interface Versioned {
  id: string;
  version: number;
}

/** The item an edit is about, and the version the edit was based on (none: take the current one). */
export interface Target<T> {
  entity: EntityClass<T>;
  id: string;
  expectedVersion?: number | null;
  /** Client-generated id of the edit: sent again (a retry), it returns the item as the first edit left it. */
  clientMutationId?: string | null;
}

/** What an update changes: the fields to assign (or nothing, when `apply` changed the item itself). */
export type Patch<T> = Partial<T> | undefined;

/**
 * Asked, inside the writing transaction, for every item a change newly shares with family (its view's
 * `visibility` turns FAMILY): throws to refuse (the whole write rolls back). Set by the module that
 * holds the patient's consent, so no module can share past it.
 */
export type SharingGuard = (share: {
  em: EntityManager;
  entityType: string;
  patientId: string | null;
}) => Promise<void>;

/** Who writes, for the event log and the audit trail. */
export interface WriteStamp {
  actor: Actor;
  /** The GraphQL operation (or job) that writes, e.g. `updatePatient`. */
  operation: string;
  ip: string | null;
  requestId: string | null;
  /** True when the writer reaches the patient only through break-the-glass access. */
  breakGlass: boolean;
}

/** The stamp of a signed-in caller. */
export function stampOf(caller: Caller, viewer: Viewer, operation: string, breakGlass = false): WriteStamp {
  return { actor: actorOf(viewer), operation, ip: caller.ip, requestId: caller.requestId, breakGlass };
}

/** What a unit of work sees: the transaction's entity manager and the event recorder. */
export interface WriteContext {
  em: EntityManager;
  actor: Actor;
  record(change: Change): void;
  /** Refuses a stale `expectedVersion` with a CONFLICT that carries the current item. */
  expectVersion(entity: { version: number }, expectedVersion: number): void;
}

export interface WriteOptions<T> {
  /** Client-generated id of a create; the same id from the same actor yields the first result again. */
  clientMutationId?: string | null;
  /** Loads the result of an earlier run with the same `clientMutationId`, by the id of the entity it created. */
  replay?: (em: EntityManager, entityId: string) => Promise<T>;
}

/** An appended event, the id before it in its stream, and the fields it changed. */
interface Appended {
  previousId: string;
  event: ChangeEventPayload;
  fields: string[] | null;
}

const UNVERSIONED_FIELDS = new Set(['version', 'updatedAt']);

/**
 * The one write path (DESIGN §3): the work, its change events and its audit rows commit in one
 * transaction, events are published on the bus only after the commit, a stale version becomes
 * CONFLICT, and a repeated `clientMutationId` returns the first result instead of writing twice.
 */
export class WritePath {
  #sharingGuard: SharingGuard = async () => {
    throw badInput('Nothing can be shared with family on this hub.');
  };

  constructor(
    private readonly orm: MikroORM,
    private readonly bus: Bus,
    private readonly audit: AuditLog,
    private readonly logger: Logger,
    private readonly views: EntityViews,
  ) {}

  /** Sets the check every newly family-shared item passes (the family module's consent rules). */
  guardSharing(guard: SharingGuard): void {
    this.#sharingGuard = guard;
  }

  /**
   * Creates one item: `build` checks the domain's rules and `em.create`s it; the item is recorded
   * as CREATED on its module's route. A repeated `clientMutationId` returns the item created the
   * first time.
   */
  create<T extends { id: string }>(
    stamp: WriteStamp,
    entity: EntityClass<T>,
    build: (tx: WriteContext) => Promise<T> | T,
    clientMutationId?: string | null,
  ): Promise<T> {
    return this.run(
      stamp,
      async (tx) => {
        const created = await build(tx);
        tx.record({ kind: 'CREATED', entity: created });
        return created;
      },
      { clientMutationId, replay: (em, id) => em.findOneOrFail(entity, { id } as FilterQuery<T>) },
    );
  }

  /**
   * The versioned edit: loads the item in the transaction, refuses a stale `expectedVersion`
   * with CONFLICT (carrying the current item), lets `apply` check the domain's rules and return
   * the fields to change, and records the change with its before/after view.
   */
  update<T extends Versioned>(
    stamp: WriteStamp,
    target: Target<T>,
    apply: (current: NoInfer<T>, tx: WriteContext) => Patch<NoInfer<T>> | Promise<Patch<NoInfer<T>>>,
    kind: 'UPDATED' | 'DELETED' = 'UPDATED',
  ): Promise<T> {
    return this.run(
      stamp,
      async (tx) => {
        const current = await tx.em.findOneOrFail(target.entity, { id: target.id } as FilterQuery<T>);
        if (target.expectedVersion != null) tx.expectVersion(current, target.expectedVersion);
        const before = this.views.viewOf(current)?.view;
        const patch = await apply(current, tx);
        if (patch) tx.em.assign(current, patch as never);
        tx.record({ kind, entity: current, before });
        return current;
      },
      {
        clientMutationId: target.clientMutationId,
        replay: (em, id) => em.findOneOrFail(target.entity, { id } as FilterQuery<T>),
      },
    );
  }

  /**
   * Ends an item's active life while keeping its row and history (a DELETED event): `apply`
   * refuses what cannot be archived and marks the item, e.g. sets `endedAt`.
   */
  archive<T extends Versioned>(
    stamp: WriteStamp,
    target: Target<T>,
    apply: (current: NoInfer<T>, tx: WriteContext) => Patch<NoInfer<T>> | Promise<Patch<NoInfer<T>>>,
  ): Promise<T> {
    return this.update(stamp, target, apply, 'DELETED');
  }

  /**
   * Moves an item right after sibling `afterId` (first when null) among `siblingsOf(item)`: a new
   * fractional index between its neighbours, so one row is written whatever the list's length.
   */
  move<T extends Ordered>(
    stamp: WriteStamp,
    target: Target<T> & { afterId?: string | null },
    siblingsOf: (item: T) => FilterQuery<T>,
  ): Promise<T> {
    return this.run(stamp, async ({ em, record, expectVersion }) => {
      const current = await em.findOneOrFail(target.entity, { id: target.id } as FilterQuery<T>);
      if (target.expectedVersion != null) expectVersion(current, target.expectedVersion);
      const siblings = (
        await em.find(target.entity, siblingsOf(current), { orderBy: { position: 'asc' } as never })
      ).filter((s) => s.id !== current.id);
      const before = this.views.viewOf(current)?.view;
      current.position = positionAfter(siblings, target.afterId);
      record({ kind: 'MOVED', entity: current, before });
      return current;
    });
  }

  async run<T>(stamp: WriteStamp, work: (tx: WriteContext) => Promise<T>, options: WriteOptions<T> = {}): Promise<T> {
    const actor = stamp.actor;
    const clientMutationId = options.clientMutationId ?? null;
    if (clientMutationId) {
      const earlier = await this.replay(actor, clientMutationId, options);
      if (earlier.found) return earlier.result;
    }
    let committed: Appended[] = [];
    try {
      const result = await this.orm.em.fork().transactional(async (em) => {
        const changes: Change[] = [];
        const tx: WriteContext = {
          em,
          actor,
          record: (change) => changes.push(change),
          expectVersion: (entity, expectedVersion) => {
            if (entity.version !== expectedVersion) throw this.conflictFor(entity);
          },
        };
        const value = await work(tx);
        await this.checkSharing(em, changes);
        await em.flush();
        committed = await this.appendEvents(em, actor, changes, clientMutationId);
        await this.audit.appendIn(em, auditFacts(stamp, committed));
        return value;
      });
      for (const { previousId, event } of committed) {
        await this.bus.publish(streamTopic(event.stream), { previousId, event });
      }
      return result;
    } catch (error) {
      if (clientMutationId) {
        // A retry that raced its own first attempt: the first one committed, return its result. It may
        // have lost on the lock, on the event's unique id, or on the work's own check of the item the first
        // attempt already changed (a stale version, "already has a task"): the first result stands either way.
        const earlier = await this.replay(actor, clientMutationId, options);
        if (earlier.found) return earlier.result;
      }
      if (error instanceof OptimisticLockError) {
        const entity = error.getEntity();
        if (entity) throw await this.conflictAfterRace(entity);
      }
      if (error instanceof UniqueConstraintViolationException) {
        // Two writers raced past the service's own uniqueness check; the database kept one.
        throw badInput('This duplicates an existing record.');
      }
      throw error;
    }
  }

  /** Every item a change newly shares with family passes the sharing guard (consent). */
  private async checkSharing(em: EntityManager, changes: Change[]): Promise<void> {
    for (const change of changes) {
      if (change.kind === 'DELETED') continue;
      const described = this.views.viewOf(change.entity);
      if (described?.view.visibility !== 'FAMILY' || change.before?.visibility === 'FAMILY') continue;
      const patientId = this.routeOf(change).patientId ?? null;
      await this.#sharingGuard({ em, entityType: described.entityType, patientId });
    }
  }

  private async replay<T>(
    actor: Actor,
    clientMutationId: string,
    options: WriteOptions<T>,
  ): Promise<{ found: true; result: T } | { found: false }> {
    const em = this.orm.em.fork();
    const earlier = await em.findOne(ChangeEventRecord, { actorId: actor.id, clientMutationId });
    if (!earlier) return { found: false };
    if (!options.replay) throw new Error('clientMutationId given to a write that has no replay loader');
    return { found: true, result: await options.replay(em, earlier.entityId) };
  }

  /**
   * Appends the events under a per-stream lock (PostgreSQL advisory lock, taken in sorted order),
   * so ids within a stream are allocated in commit order and `after` cursors never skip an event.
   */
  private async appendEvents(
    em: EntityManager,
    actor: Actor,
    changes: Change[],
    clientMutationId: string | null,
  ): Promise<Appended[]> {
    if (changes.length === 0) return [];
    const connection = em.getConnection();
    const trx = em.getTransactionContext();
    const streams = [...new Set(changes.flatMap((c) => this.routeOf(c).streams))].sort();
    const previous = new Map<string, string>();
    for (const stream of streams) {
      if (em.getDriver() instanceof PostgreSqlDriver) {
        await connection.execute('select pg_advisory_xact_lock(hashtext(?))', [stream], 'run', trx);
      }
      const row = await connection.execute<{ last: string | number | null }>(
        'select max(id) as last from change_event where stream = ?',
        [stream],
        'get',
        trx,
      );
      previous.set(stream, row?.last == null ? '0' : String(row.last));
    }
    const at = new Date();
    const out: Appended[] = [];
    let cmid = clientMutationId;
    for (const change of changes) {
      const described = this.views.viewOf(change.entity);
      if (!described) throw new Error(`No view registered for ${change.entity.constructor.name}`);
      const { entityType, view } = described;
      const changed = change.before ? diff(change.before, view) : null;
      if (change.kind === 'UPDATED' && changed?.length === 0) continue;
      const route = this.routeOf(change);
      for (const stream of route.streams) {
        const data = {
          stream,
          kind: change.kind,
          entityType,
          entityId: view.id,
          version: view.version,
          actorId: actor.id,
          actorName: actor.name,
          at,
          visibility: route.visibility ?? 'TEAM',
          patientId: route.patientId ?? null,
          snapshot: view,
          changes: changed,
          clientMutationId: cmid,
        };
        cmid = null;
        const id = String(await em.insert(ChangeEventRecord, data));
        const previousId = previous.get(stream) ?? '0';
        previous.set(stream, id);
        out.push({ previousId, event: toPayload({ ...data, id }), fields: changed?.map((c) => c.field) ?? null });
      }
    }
    return out;
  }

  /** The change's own streams when it names them, else the route its module registered. */
  private routeOf(change: Change): Route {
    if (change.streams) return { streams: change.streams, patientId: change.patientId, visibility: change.visibility };
    const route = this.views.routeOf(change.entity, change.before);
    if (!route) throw new Error(`No streams for a change to ${change.entity.constructor.name}`);
    return route;
  }

  private conflictFor(entity: object) {
    const described = this.views.viewOf(entity);
    return conflict(described?.entityType ?? entity.constructor.name, described?.view ?? null);
  }

  private async conflictAfterRace(entity: object) {
    const em = this.orm.em.fork();
    const current = await em.findOne(entity.constructor as never, { id: (entity as { id: string }).id } as never);
    this.logger.debug({ entity: entity.constructor.name }, 'concurrent update lost the optimistic lock');
    return this.conflictFor(current ?? entity);
  }
}

/** One WRITE audit row per changed item, naming the fields it touched (all of them for a create). */
function auditFacts(stamp: WriteStamp, committed: Appended[]): AuditFact[] {
  const seen = new Set<string>();
  return committed.flatMap(({ event, fields }) => {
    const key = `${event.entityType}:${event.entityId}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [
      {
        actor: stamp.actor,
        patientId: event.patientId,
        operation: stamp.operation,
        access: 'WRITE' as const,
        entityType: event.entityType,
        entityId: event.entityId,
        fields,
        ip: stamp.ip,
        requestId: stamp.requestId,
        breakGlass: stamp.breakGlass,
      },
    ];
  });
}

function diff(before: EntityView, after: EntityView): FieldChange[] {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (UNVERSIONED_FIELDS.has(field)) continue;
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) {
      changes.push({ field, before: before[field] ?? null, after: after[field] ?? null });
    }
  }
  return changes;
}

/** The wire form of an event row, shared by the bus and the replay reader. */
export function toPayload(
  row: Omit<ChangeEventRecord, 'changes' | 'clientMutationId'> & { id: string },
): ChangeEventPayload {
  return {
    id: String(row.id),
    stream: row.stream,
    kind: row.kind,
    entityType: row.entityType,
    entityId: row.entityId,
    version: row.version,
    actorId: row.actorId,
    actorName: row.actorName,
    at: new Date(row.at).toISOString(),
    visibility: row.visibility,
    patientId: row.patientId ?? null,
    snapshot: JSON.parse(JSON.stringify(row.snapshot)) as Record<string, unknown>,
  };
}
