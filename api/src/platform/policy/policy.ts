import type { Viewer } from '../auth/viewer.js';
import type { ChangeEventPayload } from '../bus/bus.js';
import { forbidden, unauthenticated } from '../errors.js';

/** Everything a viewer can try to do, named once. */
export type Action = 'unit.read' | 'patient.read' | 'patient.create' | 'patient.update';

/** What the action is done to: the facts the rules need, loaded by the caller's service. */
export type Resource = { type: 'unit'; unitId: string } | { type: 'patient'; patientId: string; unitId: string };

/** The data the rules consult, answered by the modules that own it. */
export interface PolicyFacts {
  isUnitMember(userId: string, unitId: string): Promise<boolean>;
}

/**
 * The one place access is decided (DESIGN §4). Resolvers, subscription filters and socket rooms
 * ask `can`/`assert`; none writes its own check.
 *
 * Current rules: staff see and edit a unit's patients while on that unit's staff list; family
 * members and admins acting outside a unit see no clinical content; anonymous callers see nothing.
 */
export class Policy {
  constructor(private readonly facts: PolicyFacts) {}

  async can(viewer: Viewer | null, action: Action, resource: Resource): Promise<boolean> {
    if (viewer?.kind !== 'STAFF') return false;
    switch (action) {
      case 'unit.read':
      case 'patient.read':
      case 'patient.create':
      case 'patient.update':
        return this.facts.isUnitMember(viewer.userId, resource.unitId);
    }
  }

  /** Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN when the rules say no. */
  async assert(viewer: Viewer | null, action: Action, resource: Resource): Promise<Viewer> {
    if (!viewer) throw unauthenticated();
    if (!(await this.can(viewer, action, resource))) throw forbidden();
    return viewer;
  }

  /** Whether a viewer may receive an event of a stream it was allowed to follow. */
  canSeeEvent(viewer: Viewer, event: ChangeEventPayload): boolean {
    return viewer.kind === 'STAFF' || event.visibility === 'FAMILY';
  }
}
