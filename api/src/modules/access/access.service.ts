import type { MikroORM } from '@mikro-orm/core';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { Caller } from '../../platform/auth/caller.js';
import { badInput, forbidden, notFound, unauthenticated } from '../../platform/errors.js';
import { isUuid } from '../../platform/ids.js';
import type { Policy } from '../../platform/policy/policy.js';
import { Patient } from '../patient/patient.entity.js';
import { BreakGlassGrant } from './break-glass.entity.js';

/** How long break-the-glass access lasts. */
export const BREAK_GLASS_MS = 60 * 60_000;

/** Break-the-glass: emergency access outside one's team, flagged and time-limited. */
export class AccessService {
  constructor(
    private readonly orm: MikroORM,
    private readonly policy: Policy,
    private readonly audit: AuditLog,
  ) {}

  async hasBreakGlass(userId: string, patientId: string): Promise<boolean> {
    if (!isUuid(patientId)) return false;
    return (await this.orm.em.fork().count(BreakGlassGrant, { userId, patientId, expiresAt: { $gt: new Date() } })) > 0;
  }

  /**
   * Grants the caller access to the patient for an hour and records it — with the reason — on
   * the patient's audit trail, where the lead case manager and admins see it.
   */
  async breakGlass(caller: Caller, patientId: string, reason: string): Promise<BreakGlassGrant> {
    const viewer = caller.viewer;
    if (!viewer) throw unauthenticated();
    const trimmed = reason.trim();
    if (trimmed.length < 10) throw badInput('reason must say why access is needed (10 to 500 characters)', 'reason');
    const em = this.orm.em.fork();
    const patient = isUuid(patientId) ? await em.findOne(Patient, { id: patientId }) : null;
    if (!patient) throw notFound('Patient', patientId);
    const resource = { type: 'patient', patientId, unitId: patient.unitId } as const;
    if (!(await this.policy.can(viewer, 'breakGlass', resource))) throw forbidden();
    if (await this.policy.can(viewer, 'patient.read', resource)) {
      throw badInput('You already have access to this patient.', 'patientId');
    }
    return em.transactional(async (tx) => {
      const grant = tx.create(BreakGlassGrant, {
        userId: viewer.userId,
        patientId,
        reason: trimmed,
        expiresAt: new Date(Date.now() + BREAK_GLASS_MS),
      });
      await tx.flush();
      await this.audit.appendIn(tx, [
        {
          actor: { id: viewer.userId, name: viewer.name },
          patientId,
          operation: 'breakGlass',
          access: 'WRITE',
          entityType: 'BreakGlassGrant',
          entityId: grant.id,
          fields: [`reason: ${trimmed}`],
          ip: caller.ip,
          requestId: caller.requestId,
          breakGlass: true,
        },
      ]);
      return grant;
    });
  }
}
