import type { MikroORM } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import type { Config } from './config.js';
import { AccessService } from './modules/access/access.service.js';
import { AuditService } from './modules/audit/audit.service.js';
import { CarePlanService } from './modules/care-plan/care-plan.service.js';
import { CareTeamService } from './modules/care-team/care-team.service.js';
import { FamilyService } from './modules/family/family.service.js';
import { IdentityService } from './modules/identity/identity.service.js';
import { LoginThrottle } from './modules/identity/login-throttle.js';
import { StaffService } from './modules/identity/staff.service.js';
import { User } from './modules/identity/user.entity.js';
import { PatientService } from './modules/patient/patient.service.js';
import { UnitService } from './modules/unit/unit.service.js';
import type { UnitType } from './modules/unit/unit.types.js';
import { AuditLog } from './platform/audit/audit-log.js';
import type { Bus } from './platform/bus/bus.js';
import { RedisBus } from './platform/bus/redis-bus.js';
import { EventFeed } from './platform/events/event-feed.js';
import { WritePath } from './platform/events/write-path.js';
import type { Logger } from './platform/logging/logger.js';
import { ACCESS_RECHECK_MS, Policy, type PolicyFacts } from './platform/policy/policy.js';
import { ReadAccess } from './platform/policy/read-access.js';

/** The hub's services, built once by the composition root and shared by every request. */
export interface Services {
  config: Config;
  orm: MikroORM;
  bus: Bus;
  logger: Logger;
  auditLog: AuditLog;
  writes: WritePath;
  feed: EventFeed;
  policy: Policy;
  /** Remembered read decisions of subscriptions and requests, and the READ rows of their deliveries. */
  readAccess: ReadAccess;
  identity: IdentityService;
  staff: StaffService;
  units: UnitService;
  patients: PatientService;
  careTeam: CareTeamService;
  family: FamilyService;
  access: AccessService;
  audit: AuditService;
  carePlans: CarePlanService;
}

/** Timings fixed in production that tests may shorten (passed in code, never read from the environment). */
export interface ServiceTimings {
  /** How stale a subscription's or presence room's access decision may be (default ACCESS_RECHECK_MS). */
  accessRecheckMs?: number;
}

/**
 * Wires services in dependency order; a module receives the services it needs, never the
 * container. The policy's facts are answered by modules built after it, hence the closures.
 */
export function createServices(
  config: Config,
  orm: MikroORM,
  bus: Bus,
  logger: Logger,
  timings: ServiceTimings = {},
): Services {
  const auditLog = new AuditLog(orm, logger);
  const writes = new WritePath(orm, bus, auditLog, logger);
  const feed = new EventFeed(orm, bus);
  const facts: PolicyFacts = {
    isUnitMember: (userId, unitId) => units.isMember(userId, unitId),
    careTeamRole: (userId, patientId) => careTeam.roleOf(userId, patientId),
    hasBreakGlass: (userId, patientId) => access.hasBreakGlass(userId, patientId),
    hasActiveFamilyLink: (userId, patientId) => family.hasActiveLink(userId, patientId),
    leadCaseManager: (patientId) => careTeam.leadOf(patientId),
  };
  const policy = new Policy(facts);
  const readAccess = new ReadAccess(policy, auditLog, (patientId) => patients.unitOf(patientId), {
    recheckMs: timings.accessRecheckMs ?? ACCESS_RECHECK_MS,
  });
  const units: UnitService = new UnitService(orm, writes, policy);
  const throttle = new LoginThrottle({
    ...config.login,
    redis: bus instanceof RedisBus ? bus.client : undefined,
    logger,
  });
  const identity = new IdentityService(orm, bus, throttle, config.session);
  const staff = new StaffService(orm, writes, policy, identity);
  const patients: PatientService = new PatientService(orm, writes, feed, policy, auditLog, units, identity, readAccess);
  const careTeam: CareTeamService = new CareTeamService(orm, writes, patients, identity);
  const family: FamilyService = new FamilyService(orm, writes, patients, identity, config.familyInvitationMs);
  const access: AccessService = new AccessService(orm, policy, auditLog);
  const audit = new AuditService(auditLog, patients, policy);
  const carePlans = new CarePlanService(orm, writes, patients, identity);
  return {
    config,
    orm,
    bus,
    logger,
    auditLog,
    writes,
    feed,
    policy,
    readAccess,
    identity,
    staff,
    units,
    patients,
    careTeam,
    family,
    access,
    audit,
    carePlans,
  };
}

/** Per-request batching loaders. */
export interface Loaders {
  unit: DataLoader<string, UnitType | null>;
  user: DataLoader<string, User | null>;
}

export function createLoaders(services: Services): Loaders {
  return {
    unit: new DataLoader((ids: readonly string[]) => services.units.byIds(ids)),
    user: new DataLoader(async (ids: readonly string[]) => {
      const users = await services.orm.em.fork().find(User, { id: { $in: [...ids] } });
      const byId = new Map(users.map((u) => [u.id, u]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
