import type { AuditFact } from '../audit/audit-log.js';
import type { Caller } from '../auth/caller.js';
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
  /** How long a remembered decision stands, and the period of one READ row per caller and patient. */
  recheckMs: number;
  now?: () => number;
}

/** A basis the policy found for one caller and patient, and when; and when that caller's last READ row was queued. */
interface Remembered {
  unitId: string;
  basis: AccessBasis | null;
  decidedAt: number;
  auditedAt: number;
}

const NEVER = Number.NEGATIVE_INFINITY;

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
  readonly recheckMs: number;
  readonly #now: () => number;

  constructor(
    private readonly policy: Policy,
    private readonly audit: ShownAudit,
    /** The patient's unit now, or null for an unknown patient. */
    private readonly unitOf: (patientId: string) => Promise<string | null>,
    options: ReadAccessOptions,
  ) {
    this.recheckMs = options.recheckMs;
    this.#now = options.now ?? Date.now;
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
      auditedAt: audited ? now : (memo.get(patientId)?.auditedAt ?? NEVER),
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
    const unitId = await this.unitOf(patientId);
    if (!unitId) return null;
    const basis = viewer ? await this.policy.patientAccess(viewer, patientId, unitId) : null;
    const memo = this.#memo(caller);
    memo.set(patientId, { unitId, basis, decidedAt: this.#now(), auditedAt: memo.get(patientId)?.auditedAt ?? NEVER });
    return this.#decision(caller, patientId, unitId, basis);
  }

  /** The decision, if one was taken for this caller within the period: no database is asked; undefined otherwise. */
  async recall(caller: Caller, patientId: string): Promise<ReadDecision | undefined> {
    const known = this.#memos.get(caller)?.get(patientId);
    if (!known || this.#now() - known.decidedAt >= this.recheckMs) return undefined;
    return this.#decision(caller, patientId, known.unitId, known.basis);
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
    const known = memo.get(patientId) ?? { unitId: '', basis: null, decidedAt: NEVER, auditedAt: NEVER };
    if (now - known.auditedAt < this.recheckMs) return;
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
    memo.set(patientId, { ...known, auditedAt: now });
  }

  async #decision(caller: Caller, patientId: string, unitId: string, basis: AccessBasis | null): Promise<ReadDecision> {
    const resource = { type: 'patient', patientId, unitId } as const;
    const { allowed } = await this.policy.decide(caller.viewer, 'patient.read', resource, basis);
    return { allowed, breakGlass: allowed && basis === 'BREAK_GLASS' };
  }

  /** Voids the remembered decisions an event may change (all of them for a staff-list change). */
  #notice(caller: Caller, event: ChangeEventPayload): void {
    const memo = this.#memos.get(caller);
    if (!memo) return;
    const affected = event.patientId ? [memo.get(event.patientId)] : [...memo.values()];
    for (const known of affected) {
      if (known && this.policy.changesAccess(event, known.unitId)) known.decidedAt = NEVER;
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
