import type { Viewer } from '../auth/viewer.js';
import type { ChangeEventPayload } from '../bus/bus.js';
import { forbidden, unauthenticated } from '../errors.js';

/** Everything a caller can try to do, named once. */
export type Action =
  | 'unit.read'
  | 'unit.manage'
  | 'board.read'
  | 'board.update'
  | 'user.manage'
  | 'staff.read'
  | 'patient.create'
  | 'patient.read'
  | 'patient.update'
  | 'patient.place'
  | 'careTeam.manage'
  | 'family.manage'
  | 'family.share'
  | 'audit.read'
  | 'audit.verify'
  | 'conference.publish'
  | 'resource.read'
  | 'resource.manage'
  | 'breakGlass';

/**
 * What the action is done to: the facts the rules need, loaded by the caller's service. A change to
 * a care team names whose membership and which role (`careTeam.manage`).
 */
export type Resource =
  | { type: 'hub' }
  | { type: 'unit'; unitId: string }
  | { type: 'patient'; patientId: string; unitId: string; careTeamChange?: CareTeamChange };

/** A membership being given (`ADD`) or taken (`REMOVE`) on a patient's care team. */
export interface CareTeamChange {
  kind: 'ADD' | 'REMOVE';
  userId: string;
  role: string;
}

/** Why a staff member may see a patient; break-glass access is flagged in the audit trail. */
export type AccessBasis = 'CARE_TEAM' | 'UNIT' | 'BREAK_GLASS';

/** The data the rules consult, answered by the modules that own it. */
export interface PolicyFacts {
  isUnitMember(userId: string, unitId: string): Promise<boolean>;
  /** The viewer's active role on the patient's care team, or null. */
  careTeamRole(userId: string, patientId: string): Promise<string | null>;
  hasBreakGlass(userId: string, patientId: string): Promise<boolean>;
  hasActiveFamilyLink(userId: string, patientId: string): Promise<boolean>;
  /** The user id of the patient's current lead case manager, or null when there is none. */
  leadCaseManager(patientId: string): Promise<string | null>;
}

/** Every fact the rules consult (a fact added to PolicyFacts must be added here to compile); each is answered by one module. */
const POLICY_FACTS: Record<keyof PolicyFacts, true> = {
  isUnitMember: true,
  careTeamRole: true,
  hasBreakGlass: true,
  hasActiveFamilyLink: true,
  leadCaseManager: true,
};

export const LEAD_CASE_MANAGER = 'LEAD_CASE_MANAGER';

/**
 * All that break-the-glass access allows: reading the patient and documenting their care (the
 * record, care plan items, notes). Everything that would let the access outlast the grant — moving
 * the patient to another unit, discharge and readmission, the care team, family links, the audit
 * trail — stays with the patient's own team and unit.
 */
const BREAK_GLASS_ALLOWS: ReadonlySet<Action> = new Set<Action>(['patient.read', 'patient.update']);

/**
 * How stale a long-lived reader's access decision may be (open subscriptions, presence rooms).
 * Events that change who may see a patient are re-checked at once (`changesAccess`); other
 * endings (unit staff list, break-the-glass expiry, session expiry) reach the reader within this time.
 */
export const ACCESS_RECHECK_MS = 2_000;

/** Items whose change may change who sees a patient (its team, its family) or a unit (its staff list). */
const ACCESS_ENTITIES = new Set(['CareTeamMember', 'FamilyLink', 'UnitMember']);

/**
 * The one place access is decided (DESIGN §4). Resolvers, subscription filters and socket rooms
 * ask `can`/`assert`; none writes its own check.
 *
 * - Staff see a patient while on the care team or the unit's staff list, or for a while after
 *   breaking the glass; admins see clinical content only when on the care team.
 * - Break-the-glass access reads and documents care, nothing more (`BREAK_GLASS_ALLOWS`).
 * - The care team is changed by the patient's team and unit staff; the lead case manager role is
 *   given or taken only by the current lead or an admin (or, while a patient has none, by a unit
 *   lead on the patient's unit), and nobody gives themselves a role that widens their own access.
 * - A unit's task board (`board.read`, `board.update`) is for the unit's staff; a card about a
 *   patient also needs access to that patient (asked by the board's service).
 * - Family members see only items shared with family, of patients they are actively linked to,
 *   read only (through the portal), and ask the team questions. Sharing with family, and answering
 *   them, is for the patient's team and unit staff, not under break-the-glass (`family.share`).
 * - The community resource directory is read by all staff and kept by case managers, social workers
 *   and admins (`resource.manage`): the people who refer patients to community agencies.
 * - Anonymous callers see nothing.
 */
const isTeamOrUnit = (basis: AccessBasis | null) => basis === 'CARE_TEAM' || basis === 'UNIT';

export class Policy {
  constructor(private readonly facts: PolicyFacts) {}

  /** Fails at start, naming the fact, when no module answers one of the facts the rules consult. */
  static assertFacts(facts: Partial<PolicyFacts>): asserts facts is PolicyFacts {
    const missing = (Object.keys(POLICY_FACTS) as (keyof PolicyFacts)[]).filter((f) => typeof facts[f] !== 'function');
    if (missing.length > 0) throw new Error(`No module answers the policy facts: ${missing.join(', ')}`);
  }

  /** The basis on which a staff viewer may see the patient, or null. */
  async patientAccess(viewer: Viewer, patientId: string, unitId: string): Promise<AccessBasis | null> {
    if (viewer.kind !== 'STAFF') return null;
    if (await this.facts.careTeamRole(viewer.userId, patientId)) return 'CARE_TEAM';
    if (viewer.role !== 'ADMIN' && (await this.facts.isUnitMember(viewer.userId, unitId))) return 'UNIT';
    if (await this.facts.hasBreakGlass(viewer.userId, patientId)) return 'BREAK_GLASS';
    return null;
  }

  async can(viewer: Viewer | null, action: Action, resource: Resource): Promise<boolean> {
    return (await this.decide(viewer, action, resource)).allowed;
  }

  /**
   * The decision and, for patient resources, the basis of access — computed once, so callers
   * that need both (to flag break-the-glass in the audit trail) ask the facts only once.
   * `knownBasis` is a basis this policy found for the same viewer and patient moments ago
   * (see `ReadAccess`): the rules then decide without asking the facts again.
   */
  async decide(
    viewer: Viewer | null,
    action: Action,
    resource: Resource,
    knownBasis?: AccessBasis | null,
  ): Promise<{ allowed: boolean; basis: AccessBasis | null }> {
    let basis: AccessBasis | null | undefined = knownBasis;
    const accessBasis = async () => {
      if (basis === undefined) {
        basis =
          viewer && resource.type === 'patient'
            ? await this.patientAccess(viewer, resource.patientId, resource.unitId)
            : null;
      }
      return basis;
    };
    const allowed = await this.rule(viewer, action, resource, accessBasis);
    return { allowed, basis: basis ?? null };
  }

  private async rule(
    viewer: Viewer | null,
    action: Action,
    resource: Resource,
    accessBasis: () => Promise<AccessBasis | null>,
  ): Promise<boolean> {
    if (!viewer) return false;
    if (viewer.kind === 'FAMILY') {
      // Family reach patient content only through the portal's family filter.
      return false;
    }
    // Under a grant, only what break-the-glass allows. (Asking for a grant is not done under one:
    // the access service answers that access is already there.)
    if (
      resource.type === 'patient' &&
      action !== 'breakGlass' &&
      (await accessBasis()) === 'BREAK_GLASS' &&
      !BREAK_GLASS_ALLOWS.has(action)
    ) {
      return false;
    }
    switch (action) {
      case 'staff.read':
      case 'resource.read':
        return true;
      case 'resource.manage':
        return viewer.role === 'ADMIN' || viewer.discipline === 'CM' || viewer.discipline === 'SW';
      case 'user.manage':
      case 'unit.manage':
      case 'audit.verify':
        return viewer.role === 'ADMIN';
      case 'unit.read':
      case 'board.read':
      case 'board.update':
      case 'patient.create':
        return (
          resource.type === 'unit' && viewer.role !== 'ADMIN' && this.facts.isUnitMember(viewer.userId, resource.unitId)
        );
      case 'breakGlass':
        return resource.type === 'patient' && viewer.discipline !== null;
      case 'patient.read':
      case 'patient.update':
        return (await accessBasis()) !== null;
      case 'patient.place':
      case 'family.manage':
      case 'family.share':
        return isTeamOrUnit(await accessBasis());
      case 'careTeam.manage':
        if (resource.type !== 'patient') return false;
        return this.mayChangeCareTeam(viewer, resource, await accessBasis());
      case 'conference.publish':
        // What the family is told after a conference comes from the patient's lead case manager.
        return (
          resource.type === 'patient' &&
          (await this.facts.careTeamRole(viewer.userId, resource.patientId)) === LEAD_CASE_MANAGER
        );
      case 'audit.read':
        if (resource.type !== 'patient') return false;
        if (viewer.role === 'ADMIN') return true;
        return (await this.facts.careTeamRole(viewer.userId, resource.patientId)) === LEAD_CASE_MANAGER;
    }
  }

  /**
   * Team and unit staff add and remove members; the lead role is given or taken only by the current
   * lead or an admin, or, while the patient has no lead, given by a unit lead on the patient's unit.
   * Nobody appoints themselves lead (it opens the audit trail) and nobody joins a team whose patient
   * they could not already reach (an admin, say): a grant to oneself never widens one's own access.
   */
  private async mayChangeCareTeam(
    viewer: Viewer,
    resource: Extract<Resource, { type: 'patient' }>,
    basis: AccessBasis | null,
  ): Promise<boolean> {
    const change = resource.careTeamChange;
    if (change?.role !== LEAD_CASE_MANAGER) return isTeamOrUnit(basis);
    if (change.kind === 'ADD' && change.userId === viewer.userId) return false;
    if (viewer.role === 'ADMIN') return true;
    const lead = await this.facts.leadCaseManager(resource.patientId);
    if (lead === viewer.userId) return true;
    return (
      change.kind === 'ADD' &&
      lead === null &&
      viewer.role === 'LEAD' &&
      (await this.facts.isUnitMember(viewer.userId, resource.unitId))
    );
  }

  /** Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN when the rules say no. */
  async assert(viewer: Viewer | null, action: Action, resource: Resource): Promise<Viewer> {
    return (await this.assertWithBasis(viewer, action, resource)).viewer;
  }

  /** `assert`, also returning the basis of access to a patient (null for other resources). */
  async assertWithBasis(
    viewer: Viewer | null,
    action: Action,
    resource: Resource,
  ): Promise<{ viewer: Viewer; basis: AccessBasis | null }> {
    if (!viewer) throw unauthenticated();
    const { allowed, basis } = await this.decide(viewer, action, resource);
    if (!allowed) throw forbidden();
    return { viewer, basis };
  }

  /** Whether a viewer following a stream may receive this event (family: only items shared with family). */
  canSeeEvent(viewer: Viewer, event: ChangeEventPayload): boolean {
    return viewer.kind === 'STAFF' || event.visibility === 'FAMILY';
  }

  /**
   * Whether an event may change who may see its patient (team, family links) or a unit (its
   * staff list), so that decisions resting on the state before it must be taken again at once.
   * `decidedOnUnit`: the unit a remembered decision about the event's patient rested on; a
   * patient event placing the patient on another unit changes that decision too.
   */
  changesAccess(event: ChangeEventPayload, decidedOnUnit?: string): boolean {
    if (ACCESS_ENTITIES.has(event.entityType)) return true;
    return decidedOnUnit !== undefined && event.entityType === 'Patient' && event.snapshot.unitId !== decidedOnUnit;
  }

  /** Whether a family member may follow a patient's shared items (the portal). */
  async familyMayFollow(viewer: Viewer, patientId: string): Promise<boolean> {
    return viewer.kind === 'FAMILY' && this.facts.hasActiveFamilyLink(viewer.userId, patientId);
  }
}
