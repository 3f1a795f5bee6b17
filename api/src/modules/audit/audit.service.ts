import type { AuditLog } from '../../platform/audit/audit-log.js';
import { HUB_CHAIN } from '../../platform/audit/audit-log.js';
import type { Caller } from '../../platform/auth/caller.js';
import { badInput } from '../../platform/errors.js';
import type { Policy } from '../../platform/policy/policy.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import type { AuditChainCheck, AuditFilterInput, AuditPage, AuditPageInput } from './audit.types.js';

/** Reading the audit trail (itself an audited read) and checking its hash chains. */
export class AuditService {
  constructor(
    private readonly log: AuditLog,
    private readonly patients: PatientAccessService,
    private readonly policy: Policy,
  ) {}

  /** A patient's trail, newest first: for the patient's lead case manager and admins. */
  async trail(caller: Caller, patientId: string, filter: AuditFilterInput, page: AuditPageInput): Promise<AuditPage> {
    if (filter.from && filter.to && filter.from > filter.to) throw badInput('from must not be after to.', 'from');
    await this.patients.authorize(caller, patientId, 'audit.read', 'auditTrail');
    const rows = await this.log.trail({ ...filter, patientId }, { limit: page.first + 1, before: page.before ?? null });
    const entries = rows.slice(0, page.first).map((r) => ({ ...r, id: String(r.id) }));
    return { entries, nextCursor: rows.length > page.first ? (entries.at(-1)?.id ?? null) : null };
  }

  /** Recomputes the patient's chain (or, for admins, the hub's own chain when no patient is given). */
  async verify(caller: Caller, patientId: string | null): Promise<AuditChainCheck> {
    if (patientId) {
      await this.patients.authorize(caller, patientId, 'audit.read', 'verifyAuditChain');
    } else {
      await this.policy.assert(caller.viewer, 'audit.verify', { type: 'hub' });
    }
    const check = await this.log.verify(patientId ?? HUB_CHAIN);
    return { ...check, intact: check.firstBrokenId === null };
  }
}
