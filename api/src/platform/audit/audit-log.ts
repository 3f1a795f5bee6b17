import { createHash } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
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
}

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
  constructor(private readonly orm: MikroORM) {}

  /** Appends within the caller's transaction, so a write and its audit row commit together. */
  async appendIn(em: EntityManager, facts: AuditFact[]): Promise<void> {
    const byChain = new Map<string, AuditFact[]>();
    for (const fact of facts) byChain.set(chainOf(fact), [...(byChain.get(chainOf(fact)) ?? []), fact]);
    const connection = em.getConnection();
    const trx = em.getTransactionContext();
    const at = new Date();
    for (const chain of [...byChain.keys()].sort()) {
      if (em.getDriver() instanceof PostgreSqlDriver) {
        await connection.execute('select pg_advisory_xact_lock(hashtext(?))', [`audit:${chain}`], 'run', trx);
      }
      const last = await em.findOne(AuditEntry, { chain }, { orderBy: { id: 'desc' }, fields: ['hash'] });
      let previousHash = last?.hash ?? GENESIS;
      for (const fact of byChain.get(chain) ?? []) {
        const row = {
          chain,
          at,
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
        await em.insert(AuditEntry, { ...row, previousHash, hash });
        previousHash = hash;
      }
    }
  }

  /** Appends in a transaction of its own (reads have no other transaction). */
  async append(facts: AuditFact[]): Promise<void> {
    if (facts.length === 0) return;
    await this.orm.em.fork().transactional((em) => this.appendIn(em, facts));
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
