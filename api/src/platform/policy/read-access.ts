import type { AuditFact } from '../audit/audit-log.js';
import type { Caller } from '../auth/caller.js';
import type { Viewer } from '../auth/viewer.js';
import type { ChangeEventPayload } from '../bus/bus.js';
import type { AccessBasis, Policy } from './policy.js';

/** The policy's answer about one caller reading one patient. */
export interface ReadDecision {
  allowed: boolean;
  /** The access rests on break-the-glass (flagged on the audit trail). */
  breakGlass: boolean;
}

/** Where the READ rows of what readers were shown go: the audit log's batches. */
export interface ShownAudit {
  appendLater(fact: AuditFact): void;
}

export interface ReadAccessOptions {
  /** How long a remembered decision stands at most, and the period of one READ row per caller and patient. */
  recheckMs: number;
  /**
   * The share of the period by which each decision and each READ row period is shortened at random
   * (default 0.25): readers that started together — a thousand screens opened for rounds — then
   * re-check and audit spread over the period instead of all on the same event.
   */
  spread?: number;
  now?: () => number;
  random?: () => number;
}

/** A basis the policy found for one caller and patient, and until when it stands; and when that caller's READ row period ends. */
interface Remembered {
  unitId: string;
  basis: AccessBasis | null;
  decidedAt: number;
  expiresAt: number;
  auditDueAt: number;
  /** The rules' answer on this basis, kept with it (the rules are asked once per basis, not per event). */
  decision?: Promise<ReadDecision>;
}

/**
 * A basis the facts gave for one access class (the same person: kind, user and role) and patient,
 * shared by every caller of that class — a user's screens and subscriptions ask the database once
 * per patient and period, not once each. `coversEvent` is the newest access-changing event it
 * accounts for, so the callers that pass the same event void it once, not once each.
 */
interface ClassDecision {
  unitId: string | null;
  basis: AccessBasis | null;
  expiresAt: number;
  coversEvent: bigint;
  pending?: Promise<ClassDecision>;
  /** An access-changing event went past while the answer was being asked: it may predate the change. */
  voidedWhilePending?: boolean;
}

const NEVER = Number.NEGATIVE_INFINITY;
/** Class decisions kept before expired ones are swept. */
const SWEEP_AT = 10_000;

/** Who a viewer is for access decisions: every field the rules read about a viewer. */
export const accessClassOf = (viewer: Viewer): string =>
  `${viewer.kind}:${viewer.userId}:${viewer.role}:${viewer.discipline ?? ''}`;

/**
 * Whether a caller — one subscription, or one HTTP request and the fields nested in its answer —
 * may read a patient now, and the READ rows of what it was shown. The policy decides; this only
 * remembers its answer for that caller for at most `recheckMs`, and forgets it at once when an
 * event that may change it goes past (a transfer, a care-team or staff-list change). So a busy
 * stream, or a list with nested fields, asks the database once per patient and period instead of
 * once per event or field, and a subscriber's audit trail gets one row per patient and period.
 */
export class ReadAccess {
  /** Per caller object (a request's or a subscription's context): patient id → what was decided. */
  readonly #memos = new WeakMap<Caller, Map<string, Remembered>>();
  /** Access class + patient → the facts' answer, shared by the callers of that class. */
  readonly #classes = new Map<string, ClassDecision>();
  readonly recheckMs: number;
  readonly #spread: number;
  readonly #now: () => number;
  readonly #random: () => number;

  constructor(
    private readonly policy: Policy,
    private readonly audit: ShownAudit,
    /** The patient's unit now, or null for an unknown patient. */
    private readonly unitOf: (patientId: string) => Promise<string | null>,
    options: ReadAccessOptions,
  ) {
    this.recheckMs = options.recheckMs;
    this.#spread = options.spread ?? 0.25;
    this.#now = options.now ?? Date.now;
    this.#random = options.random ?? Math.random;
  }

  /** The end of a period starting now: at most `recheckMs` away, shortened at random by up to the spread. */
  #periodEnd(now: number): number {
    return now + this.recheckMs * (1 - this.#spread * this.#random());
  }

  /**
   * Remembers a basis the policy has just found for the caller (a service's own `authorize`), so
   * nested fields do not ask again; `audited` when that call wrote a READ row itself.
   */
  remember(caller: Caller, patientId: string, unitId: string, basis: AccessBasis, audited: boolean): void {
    const memo = this.#memo(caller);
    const now = this.#now();
    memo.set(patientId, {
      unitId,
      basis,
      decidedAt: now,
      expiresAt: now + this.recheckMs,
      auditDueAt: audited ? this.#periodEnd(now) : (memo.get(patientId)?.auditDueAt ?? NEVER),
    });
  }

  /**
   * The decision about the caller reading the patient: remembered, or asked of the policy now
   * (then remembered); null for an unknown patient. `event`, the event about to be delivered,
   * first voids what it may change, so a transfer or a team change is decided on at once.
   */
  async decide(caller: Caller, patientId: string, event?: ChangeEventPayload): Promise<ReadDecision | null> {
    if (event) this.#notice(caller, event);
    const recalled = await this.recall(caller, patientId);
    if (recalled) return recalled;
    const viewer = caller.viewer;
    const shared = viewer ? await this.#classDecision(viewer, patientId) : null;
    const unitId = shared ? shared.unitId : await this.unitOf(patientId);
    if (!unitId) return null;
    const basis = shared?.basis ?? null;
    const memo = this.#memo(caller);
    memo.set(patientId, {
      unitId,
      basis,
      decidedAt: this.#now(),
      expiresAt: shared?.expiresAt ?? this.#now(),
      auditDueAt: memo.get(patientId)?.auditDueAt ?? NEVER,
    });
    return this.#decision(caller, patientId, unitId, basis);
  }

  /**
   * The facts' answer for the viewer's access class and the patient: current, or asked once for
   * all the callers of the class that need it now (they wait for the same answer).
   */
  async #classDecision(viewer: Viewer, patientId: string): Promise<ClassDecision> {
    const key = `${accessClassOf(viewer)}|${patientId}`;
    const known = this.#classes.get(key);
    if (known?.pending) {
      return known.voidedWhilePending
        ? known.pending.then(() => this.#classDecision(viewer, patientId))
        : known.pending;
    }
    if (known && this.#now() < known.expiresAt) return known;
    const entry: ClassDecision = known ?? { unitId: null, basis: null, expiresAt: NEVER, coversEvent: 0n };
    if (!known) {
      if (this.#classes.size >= SWEEP_AT) this.#sweep();
      this.#classes.set(key, entry);
    }
    const pending = (async () => {
      try {
        const unitId = await this.unitOf(patientId);
        const basis = unitId ? await this.policy.patientAccess(viewer, patientId, unitId) : null;
        const voided = entry.voidedWhilePending === true;
        Object.assign(entry, { unitId, basis, expiresAt: voided ? NEVER : this.#periodEnd(this.#now()) });
        return entry;
      } finally {
        entry.pending = undefined;
        entry.voidedWhilePending = false;
      }
    })();
    entry.pending = pending;
    return pending;
  }

  /** Forgets expired class decisions (bounded memory for a hub that runs for months). */
  #sweep(): void {
    const now = this.#now();
    for (const [key, entry] of this.#classes) if (!entry.pending && now >= entry.expiresAt) this.#classes.delete(key);
  }

  /** The decision, if one was taken for this caller within the period: no database is asked; undefined otherwise. */
  async recall(caller: Caller, patientId: string): Promise<ReadDecision | undefined> {
    const known = this.#memos.get(caller)?.get(patientId);
    if (!known || this.#now() >= known.expiresAt) return undefined;
    known.decision ??= this.#decision(caller, patientId, known.unitId, known.basis);
    return known.decision;
  }

  /**
   * Records that `operation` showed the caller the patient's data: a READ row, queued for the
   * next audit batch, unless this caller already has one for the patient in the current period.
   */
  shown(caller: Caller, patientId: string, operation: string, breakGlass: boolean): void {
    const viewer = caller.viewer;
    if (!viewer) return;
    const memo = this.#memo(caller);
    const now = this.#now();
    const known = memo.get(patientId) ?? {
      unitId: '',
      basis: null,
      decidedAt: NEVER,
      expiresAt: NEVER,
      auditDueAt: NEVER,
    };
    if (now < known.auditDueAt) return;
    this.audit.appendLater({
      actor: { id: viewer.userId, name: viewer.name },
      patientId,
      operation,
      access: 'READ',
      entityType: 'Patient',
      entityId: patientId,
      ip: caller.ip,
      requestId: caller.requestId,
      breakGlass,
      at: new Date(),
    });
    memo.set(patientId, { ...known, auditDueAt: this.#periodEnd(now) });
  }

  async #decision(caller: Caller, patientId: string, unitId: string, basis: AccessBasis | null): Promise<ReadDecision> {
    const resource = { type: 'patient', patientId, unitId } as const;
    const { allowed } = await this.policy.decide(caller.viewer, 'patient.read', resource, basis);
    return { allowed, breakGlass: allowed && basis === 'BREAK_GLASS' };
  }

  /**
   * Voids the remembered decisions an event may change (all of them for a staff-list change): the
   * caller's own, and its class's unless another caller of the class already voided it for this
   * event or a later one.
   */
  #notice(caller: Caller, event: ChangeEventPayload): void {
    const memo = this.#memos.get(caller);
    if (!memo) return;
    const patientIds = event.patientId ? [event.patientId] : [...memo.keys()];
    const eventId = BigInt(event.id);
    for (const patientId of patientIds) {
      const known = memo.get(patientId);
      if (!known || !this.policy.changesAccess(event, known.unitId)) continue;
      known.expiresAt = NEVER;
      const shared = caller.viewer && this.#classes.get(`${accessClassOf(caller.viewer)}|${patientId}`);
      if (shared && shared.coversEvent < eventId) {
        shared.coversEvent = eventId;
        shared.expiresAt = NEVER;
        if (shared.pending) shared.voidedWhilePending = true;
      }
    }
  }

  #memo(caller: Caller): Map<string, Remembered> {
    let memo = this.#memos.get(caller);
    if (!memo) {
      memo = new Map();
      this.#memos.set(caller, memo);
    }
    return memo;
  }
}
