import type { MikroORM } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import type { Config } from './config.js';
import { IdentityService } from './modules/identity/identity.service.js';
import { LoginThrottle } from './modules/identity/login-throttle.js';
import { PatientService } from './modules/patient/patient.service.js';
import { UnitService } from './modules/unit/unit.service.js';
import type { UnitType } from './modules/unit/unit.types.js';
import type { Bus } from './platform/bus/bus.js';
import { RedisBus } from './platform/bus/redis-bus.js';
import { EventFeed } from './platform/events/event-feed.js';
import { WritePath } from './platform/events/write-path.js';
import type { Logger } from './platform/logging/logger.js';
import { Policy } from './platform/policy/policy.js';

/** The hub's services, built once by the composition root and shared by every request. */
export interface Services {
  config: Config;
  orm: MikroORM;
  bus: Bus;
  logger: Logger;
  writes: WritePath;
  feed: EventFeed;
  policy: Policy;
  identity: IdentityService;
  units: UnitService;
  patients: PatientService;
}

/** Wires services in dependency order; a module receives the services it needs, never the container. */
export function createServices(config: Config, orm: MikroORM, bus: Bus, logger: Logger): Services {
  const writes = new WritePath(orm, bus, logger);
  const feed = new EventFeed(orm, bus);
  const units = new UnitService(orm);
  const policy = new Policy({ isUnitMember: (userId, unitId) => units.isMember(userId, unitId) });
  const throttle = new LoginThrottle({
    ...config.login,
    redis: bus instanceof RedisBus ? bus.client : undefined,
  });
  const identity = new IdentityService(orm, bus, throttle, config.session);
  const patients = new PatientService(orm, writes, feed, policy, units, (id) => identity.sessionIsLive(id));
  return { config, orm, bus, logger, writes, feed, policy, identity, units, patients };
}

/** Per-request batching loaders. */
export interface Loaders {
  unit: DataLoader<string, UnitType | null>;
}

export function createLoaders(services: Services): Loaders {
  return {
    unit: new DataLoader((ids: readonly string[]) => services.units.byIds(ids)),
  };
}
