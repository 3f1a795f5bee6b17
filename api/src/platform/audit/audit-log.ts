import { createHash } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Logger } from '../logging/logger.js';
import { type AuditAccess, AuditEntry } from './audit-entry.entity.js';

/** Who did what to which patient, from where: everything an audit row records but its chain links. */
export interface AuditFact {
  actor: { id: string; name: string } | null;
  patientId: string | null;
  operation: string;
  access: AuditAccess;
  entityType?: string | null;
  entityId?: string | null;
  fields?: string[] | null;
  ip: string | null;
  requestId: string | null;
  breakGlass: boolean;
  /** When it happened, if not now (a row appended later in a batch keeps the time of the read). */
  at?: Date;
}

/** How `appendLater` batches: the wait that gathers a batch, its size, and the backlog it refuses beyond. */
export interface AuditBatching {
  delayMs: number;
  maxRows: number;
  maxBacklog: number;
}

const BATCHING: AuditBatching = { delayMs: 200, maxRows: 1_000, maxBacklog: 100_000 };
const RETRY_MAX_MS = 5_000;
/** Rows per INSERT statement: well under SQLite's and PostgreSQL's bound-parameter limits. */
const INSERT_CHUNK = 200;

export interface AuditFilter {
  patientId?: string;
  actorId?: string;
  access?: AuditAccess;
  breakGlassOnly?: boolean;
  from?: Date;
  to?: Date;
}

export interface ChainCheck {
  chain: string;
  checked: number;
  /** The id of the first row whose hash does not match, or null when the chain is intact. */
  firstBrokenId: string | null;
}

const GENESIS = '0'.repeat(64);
export const HUB_CHAIN = 'hub';

const chainOf = (fact: AuditFact) => fact.patientId ?? HUB_CHAIN;

/** The hash of a row: its fields in a fixed order, chained to the previous hash. */
export function auditHash(previousHash: string, row: Omit<AuditEntry, 'id' | 'hash' | 'previousHash'>): string {
  const canonical = JSON.stringify([
    row.chain,
    new Date(row.at).toISOString(),
    row.actorId,
    row.actorName,
    row.patientId,
    row.operation,
    row.access,
    row.entityType,
    row.entityId,
    row.fields,
    row.ip,
    row.requestId,
    row.breakGlass,
  ]);
  return createHash('sha256').update(previousHash).update(canonical).digest('hex');
}

/**
 * The append-only, hash-chained audit log. Appends to a chain are serialised (an advisory lock
 * on PostgreSQL; SQLite has one writer), so every row links to the row before it.
 */
export class AuditLog {
  readonly #pending: AuditFact[] = [];
  #timer: NodeJS.Timeout | undefined;
  #draining: Promise<void> | undefined;
  #failures = 0;

  constructor(
    private readonly orm: MikroORM,
    private readonly logger?: Logger,
    private readonly batching: AuditBatching = BATCHING,
  ) {}

  /** Appends within the caller's transaction, so a write and its audit row commit together. */
  async appendIn(em: EntityManager, facts: AuditFact[]): Promise<void> {
    const byChain = new Map<string, AuditFact[]>();
    for (const fact of facts) {
      const chain = byChain.get(chainOf(fact));
      if (chain) chain.push(fact);
      else byChain.set(chainOf(fact), [fact]);
    }
    const connection = em.getConnection();
    const trx = em.getTransactionContext();
    const now = new Date();
    for (const chain of [...byChain.keys()].sort()) {
      if (em.getDriver() instanceof PostgreSqlDriver) {
        await connection.execute('select pg_advisory_xact_lock(hashtext(?))', [`audit:${chain}`], 'run', trx);
      }
      const last = await em.findOne(AuditEntry, { chain }, { orderBy: { id: 'desc' }, fields: ['hash'] });
      let previousHash = last?.hash ?? GENESIS;
      const rows: Omit<AuditEntry, 'id'>[] = [];
      for (const fact of byChain.get(chain) ?? []) {
        const row = {
          chain,
          at: fact.at ?? now,
          actorId: fact.actor?.id ?? null,
          actorName: fact.actor?.name ?? null,
          patientId: fact.patientId,
          operation: fact.operation,
          access: fact.access,
          entityType: fact.entityType ?? null,
          entityId: fact.entityId ?? null,
          fields: fact.fields ?? null,
          ip: fact.ip,
          requestId: fact.requestId,
          breakGlass: fact.breakGlass,
        };
        const hash = auditHash(previousHash, row);
        rows.push({ ...row, previousHash, hash });
        previousHash = hash;
      }
      // A batch of deliveries (hundreds of rows) goes in a few multi-row inserts, in chain order.
      for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
        await em.insertMany(AuditEntry, rows.slice(start, start + INSERT_CHUNK));
      }
    }
  }

  /** Appends in a transaction of its own (reads have no other transaction). */
  async append(facts: AuditFact[]): Promise<void> {
    if (facts.length === 0) return;
    await this.orm.em.fork().transactional((em) => this.appendIn(em, facts));
  }

  /**
   * Queues rows for the next batch, for reads on a hot path (deliveries to subscribers): one
   * transaction appends everything gathered within `delayMs`, so a fan-out to many subscribers
   * costs one database round trip, not one per row. A failed batch stays queued and is retried
   * with back-off; `close` writes what is left. Throws when the backlog is full (the database has
   * been failing for a while), so callers stop showing patient data that could not be audited.
   */
  appendLater(fact: AuditFact): void {
    if (this.#pending.length >= this.batching.maxBacklog) {
      throw new Error(`audit backlog full (${this.#pending.length} rows waiting): refusing an unaudited read`);
    }
    this.#pending.push({ ...fact, at: fact.at ?? new Date() });
    this.#schedule(this.batching.delayMs);
  }

  /** Writes every queued row now; rejects if the database refuses (the rows stay queued). */
  flush(): Promise<void> {
    this.#draining ??= this.#drain().finally(() => {
      this.#draining = undefined;
    });
    return this.#draining;
  }

  /** Rows queued by `appendLater` and not yet written. */
  get backlog(): number {
    return this.#pending.length;
  }

  /** Stops the batch timer and writes what is queued, giving up (loudly) after `timeoutMs`. */
  async close(timeoutMs = 5_000): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#pending.length === 0 && !this.#draining) return;
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    try {
      const outcome = await Promise.race([this.flush().then(() => 'written' as const), gaveUp]);
      if (outcome === 'timeout') throw new Error(`not written within ${timeoutMs} ms`);
    } catch (error) {
      this.logger?.error(
        { err: (error as Error).message, rows: this.#pending.length },
        'audit rows queued for a batch were lost at shutdown',
      );
    } finally {
      clearTimeout(timer);
    }
  }

  #schedule(ms: number): void {
    if (this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.flush().catch((error: Error) => {
        this.#failures++;
        const retryMs = Math.min(this.batching.delayMs * 2 ** this.#failures, RETRY_MAX_MS);
        this.logger?.error({ err: error.message, rows: this.#pending.length, retryMs }, 'audit batch failed; retrying');
        this.#schedule(retryMs);
      });
    }, ms);
    // Shutdown writes the queue itself (close); a pending batch must not keep the process alive.
    this.#timer.unref();
  }

  async #drain(): Promise<void> {
    while (this.#pending.length > 0) {
      const batch = this.#pending.slice(0, this.batching.maxRows);
      await this.append(batch);
      this.#pending.splice(0, batch.length);
      this.#failures = 0;
    }
  }

  /** Newest first, `limit` rows older than the `before` cursor. */
  async trail(filter: AuditFilter, page: { limit: number; before?: string | null }): Promise<AuditEntry[]> {
    const where: Record<string, unknown> = {};
    if (filter.patientId) where.patientId = filter.patientId;
    if (filter.actorId) where.actorId = filter.actorId;
    if (filter.access) where.access = filter.access;
    if (filter.breakGlassOnly) where.breakGlass = true;
    if (filter.from || filter.to)
      where.at = { ...(filter.from && { $gte: filter.from }), ...(filter.to && { $lte: filter.to }) };
    if (page.before) where.id = { $lt: page.before };
    return this.orm.em.fork().find(AuditEntry, where, { orderBy: { id: 'desc' }, limit: page.limit });
  }

  /** Recomputes a chain from its first row and reports the first row that does not match. */
  async verify(chain: string): Promise<ChainCheck> {
    const em = this.orm.em.fork();
    let previousHash = GENESIS;
    let checked = 0;
    let after = '0';
    for (;;) {
      const rows = await em.find(AuditEntry, { chain, id: { $gt: after } }, { orderBy: { id: 'asc' }, limit: 1000 });
      for (const row of rows) {
        checked++;
        if (row.previousHash !== previousHash || auditHash(previousHash, row) !== row.hash) {
          return { chain, checked, firstBrokenId: String(row.id) };
        }
        previousHash = row.hash;
        after = String(row.id);
      }
      if (rows.length < 1000) return { chain, checked, firstBrokenId: null };
      em.clear();
    }
  }
}
