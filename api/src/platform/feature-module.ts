import type { EntityClass, MikroORM } from '@mikro-orm/core';
import type { Request, Router } from 'express';
import type { Server } from 'socket.io';
import type { NonEmptyArray } from 'type-graphql';
import type { AuditLog } from './audit/audit-log.js';
import type { Caller } from './auth/caller.js';
import type { Bus } from './bus/bus.js';
import type { EntityViewSpec } from './events/entity-views.js';
import type { EventFeed } from './events/event-feed.js';
import type { EventLog } from './events/event-log.js';
import type { WritePath } from './events/write-path.js';
import { type ResolverClass, ResolverContainer } from './graphql/container.js';
import type { Logger } from './logging/logger.js';
import { Policy, type PolicyFacts } from './policy/policy.js';

/** The platform's parts, built by the composition root before any module and handed to each module's factory. */
export interface Platform {
  orm: MikroORM;
  bus: Bus;
  writes: WritePath;
  feed: EventFeed;
  events: EventLog;
  auditLog: AuditLog;
  policy: Policy;
  logger: Logger;
}

/** What the HTTP side gives a module's routes: the caller of a request, signed in by the same session cookie or bearer token as GraphQL. */
export interface HttpTools {
  /** Who calls (viewer null when no live session), the request id and the client's address as the proxies allow. */
  callerOf(req: Request): Promise<Caller & { userAgent: string | null }>;
}

/**
 * How the resolver container makes one resolver: its class, and the factory that constructs it
 * with its services, e.g. `[PatientResolver, (s) => new PatientResolver(s.patients)]`.
 */
export type ResolverBinding<Scope> = readonly [type: ResolverClass, make: (services: Scope) => object];

/**
 * One feature, as the composition root sees it. `Needs` are the services of modules listed before
 * it that it uses, `Provides` its own services, `Settings` the slice of the configuration it reads.
 */
export interface FeatureModule<Needs extends object = object, Provides extends object = object, Settings = unknown> {
  readonly name: string;
  /** Its tables. */
  readonly entities: readonly EntityClass<unknown>[];
  /** Its entities' views and routes for the write path (and their `ChangeEvent.node` types). */
  readonly views: readonly EntityViewSpec<never>[];
  /** Its resolvers, each with the factory that constructs it from the platform's parts and the services. */
  readonly resolvers: readonly ResolverBinding<Platform & Needs & Provides>[];
  /** Builds its services from the platform's parts, earlier modules' services and its settings. */
  services(platform: Platform, needs: Needs, settings: Settings): Provides;
  /** The policy facts it answers (who is on a unit, on a care team, …). */
  policyFacts?(services: Needs & Provides): Partial<PolicyFacts>;
  /** Plain HTTP routes beside /graphql (the FHIR API), mounted at the root before the web app. */
  routes?(services: Needs & Provides, platform: Platform, http: HttpTools): Router;
  /** What it does on the socket.io server (presence); returns what stops it at shutdown. */
  sockets?(io: Server, services: Needs & Provides, platform: Platform): () => void;
  /**
   * Background work while the hub runs (recurring cards): its first round is done before the hub
   * listens (so a fresh hub starts in a settled state); returns what stops it at shutdown.
   */
  jobs?(services: Needs & Provides, platform: Platform): Promise<() => void>;
}

// biome-ignore lint/suspicious/noExplicitAny: a list holds modules of every shape; each is checked where defined
export type AnyModule = FeatureModule<any, any, any>;

/** Checks a module's shape where it is defined, inferring what it needs and provides. */
export function defineModule<Needs extends object, Provides extends object, Settings = unknown>(
  module: FeatureModule<Needs, Provides, Settings>,
): FeatureModule<Needs, Provides, Settings> {
  return module;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** The services of every module of the list, by name. */
export type ServicesOf<Ms extends readonly AnyModule[]> = UnionToIntersection<ReturnType<Ms[number]['services']>>;

/** The configuration every module of the list reads. */
export type SettingsOf<Ms extends readonly AnyModule[]> = UnionToIntersection<Parameters<Ms[number]['services']>[2]>;

/**
 * Compiles only when every module comes after the modules whose services it needs: resolves to
 * `unknown` for a good order, and to a type naming the first module out of place otherwise.
 */
// biome-ignore lint/complexity/noBannedTypes: nothing is built before the first module
export type InDependencyOrder<Ms extends readonly AnyModule[], Have = {}> = Ms extends readonly [
  infer First extends AnyModule,
  ...infer Rest extends readonly AnyModule[],
]
  ? First extends FeatureModule<infer Needs, infer Provides, infer _Settings>
    ? Have extends Needs
      ? InDependencyOrder<Rest, Have & Provides>
      : { moduleNeedsServicesListedAfterIt: First['name']; missing: Exclude<keyof Needs, keyof Have> }
    : never
  : unknown;

/** A module list's services, resolvers and policy facts, once composed on a platform. */
export interface Composition<S> {
  services: S;
  container: ResolverContainer;
  /** Each module's HTTP routes, given what the HTTP side knows of a request. */
  routers(http: HttpTools): Router[];
  /** Lets each module attach to the socket.io server; returns the function that stops them all. */
  attachSockets(io: Server): () => void;
  /** Starts each module's background work (first rounds done); resolves to the function that stops it all. */
  startJobs(): Promise<() => void>;
}

/** The hub's module list; compiles only in dependency order (see `InDependencyOrder`). */
export function moduleList<const Ms extends readonly AnyModule[]>(modules: Ms & InDependencyOrder<Ms>): ModuleList<Ms> {
  return new ModuleList(modules);
}

/**
 * The modules of the hub, in dependency order: what the composition root hands to the database
 * (entities), the write path (views), the schema (resolvers and node types), and, once the
 * platform exists, what builds every module's services.
 */
export class ModuleList<Ms extends readonly AnyModule[]> {
  constructor(readonly modules: Ms) {}

  get entities(): EntityClass<unknown>[] {
    return this.modules.flatMap((m) => m.entities);
  }

  get views(): EntityViewSpec<never>[] {
    return this.modules.flatMap((m) => m.views);
  }

  get resolvers(): NonEmptyArray<ResolverClass> {
    const types = this.modules.flatMap((m) => m.resolvers.map(([type]: ResolverBinding<never>) => type));
    if (types.length === 0) throw new Error('No module provides a resolver');
    return types as NonEmptyArray<ResolverClass>;
  }

  /** The GraphQL type of `ChangeEvent.node` for each entity type that has one. */
  get nodeTypes(): Map<string, ResolverClass> {
    return new Map(this.views.flatMap((v) => (v.nodeType ? [[v.entityType, v.nodeType] as const] : [])));
  }

  /**
   * Builds each module's services in list order, giving it the services of the modules before it
   * (asking for one that is not built yet fails at start, naming both), then lets each module
   * answer its policy facts; fails when a fact is left unanswered.
   */
  compose(platform: Platform, settings: SettingsOf<Ms>, facts: Partial<PolicyFacts>): Composition<ServicesOf<Ms>> {
    const services: Record<string, unknown> = {};
    for (const module of this.modules) {
      const needs = new Proxy(services, {
        get(target, key) {
          if (typeof key === 'string' && !(key in target)) {
            throw new Error(`module ${module.name} needs ${key}, which no module listed before it provides`);
          }
          return Reflect.get(target, key);
        },
      });
      const provided = module.services(platform, needs, settings) as Record<string, unknown>;
      for (const key of Object.keys(provided)) {
        if (key in services) throw new Error(`module ${module.name} provides ${key} a second time`);
      }
      Object.assign(services, provided);
    }
    for (const module of this.modules) Object.assign(facts, module.policyFacts?.(services));
    Policy.assertFacts(facts);
    const factories = new Map<ResolverClass, () => object>();
    const scope = { ...platform, ...services };
    for (const module of this.modules) {
      for (const [type, make] of module.resolvers as ResolverBinding<object>[]) {
        factories.set(type, () => make(scope));
      }
    }
    return {
      services: services as ServicesOf<Ms>,
      container: new ResolverContainer(factories),
      routers: (http) => this.modules.flatMap((m) => (m.routes ? [m.routes(services, platform, http)] : [])),
      attachSockets: (io) => {
        const stops = this.modules.flatMap((m) => (m.sockets ? [m.sockets(io, services, platform)] : []));
        return () => {
          for (const stop of stops) stop();
        };
      },
      startJobs: async () => {
        const stops = await Promise.all(this.modules.flatMap((m) => (m.jobs ? [m.jobs(services, platform)] : [])));
        return () => {
          for (const stop of stops) stop();
        };
      },
    };
  }
}
