import type { MikroORM } from '@mikro-orm/core';
import type { Caller } from '../../platform/auth/caller.js';
import { badInput, notFound, unauthenticated } from '../../platform/errors.js';
import { stampOf, type WritePath } from '../../platform/events/write-path.js';
import { isUuid } from '../../platform/ids.js';
import type { Policy } from '../../platform/policy/policy.js';
import { User } from '../identity/user.entity.js';
import { Unit, UnitMember } from './unit.entity.js';
import type { UnitMemberInput, UnitType } from './unit.types.js';

const toView = (unit: Unit): UnitType => ({ id: unit.id, code: unit.code, name: unit.name });

export const unitMemberView = (m: UnitMember) => ({
  id: m.id,
  version: 1,
  unitId: m.unitId,
  userId: m.userId,
  since: m.since.toISOString(),
});

/** Units and their staff lists (staff on a unit's list see its patients). */
export class UnitService {
  constructor(
    private readonly orm: MikroORM,
    private readonly writes: WritePath,
    private readonly policy: Policy,
    /** The IANA zone units keep their clocks in (one for the whole hub today). */
    private readonly timeZone: string,
  ) {}

  /** The IANA time zone of the unit's clock: what "today" and "overdue" mean on its screens. */
  timeZoneOf(_unitId: string): string {
    return this.timeZone;
  }

  /** Units by id, in the ids' order (null for an unknown one): the batch behind per-request unit loading. */
  readonly byIds = async (ids: readonly string[]): Promise<(UnitType | null)[]> => {
    const units = await this.orm.em.fork().find(Unit, { id: { $in: ids.filter(isUuid) } });
    const byId = new Map(units.map((u) => [u.id, toView(u)]));
    return ids.map((id) => byId.get(id) ?? null);
  };

  async exists(id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    return (await this.orm.em.fork().count(Unit, { id })) > 0;
  }

  /** Ids of the units whose staff list includes the user. */
  async unitIdsOf(userId: string): Promise<string[]> {
    const rows = await this.orm.em.fork().find(UnitMember, { userId }, { fields: ['unitId'] });
    return rows.map((r) => r.unitId);
  }

  async unitsOf(userId: string): Promise<UnitType[]> {
    const ids = await this.unitIdsOf(userId);
    if (ids.length === 0) return [];
    const units = await this.orm.em.fork().find(Unit, { id: { $in: ids } }, { orderBy: { code: 'asc' } });
    return units.map(toView);
  }

  async isMember(userId: string, unitId: string): Promise<boolean> {
    if (!isUuid(unitId)) return false;
    return (await this.orm.em.fork().count(UnitMember, { userId, unitId })) > 0;
  }

  /** Every unit for admins (who manage staff lists); one's own units for everyone else. */
  async visibleUnits(caller: Caller): Promise<UnitType[]> {
    const viewer = caller.viewer;
    if (!viewer) throw unauthenticated();
    if (await this.policy.can(viewer, 'unit.manage', { type: 'hub' })) {
      return (await this.orm.em.fork().find(Unit, {}, { orderBy: { code: 'asc' } })).map(toView);
    }
    return this.unitsOf(viewer.userId);
  }

  /** One unit, for those on its staff list and for admins; NOT_FOUND for an unknown id. */
  async unit(caller: Caller, id: string): Promise<UnitType> {
    const viewer = caller.viewer;
    if (!viewer) throw unauthenticated();
    const manages = await this.policy.can(viewer, 'unit.manage', { type: 'hub' });
    if (!manages) await this.policy.assert(viewer, 'unit.read', { type: 'unit', unitId: id });
    return toView(await this.requireUnit(id));
  }

  /** The unit's staff list, for those who may read the unit, and for admins. */
  async staffOf(caller: Caller, unitId: string): Promise<User[]> {
    const viewer = caller.viewer;
    const manages = await this.policy.can(viewer, 'unit.manage', { type: 'hub' });
    if (!manages) await this.policy.assert(viewer, 'unit.read', { type: 'unit', unitId });
    const members = await this.orm.em.fork().find(UnitMember, { unitId });
    if (members.length === 0) return [];
    return this.orm.em.fork().find(User, { id: { $in: members.map((m) => m.userId) } }, { orderBy: { name: 'asc' } });
  }

  /** Admins: puts a staff member on the unit's staff list. */
  async addMember(caller: Caller, input: UnitMemberInput): Promise<UnitType> {
    const viewer = await this.policy.assert(caller.viewer, 'unit.manage', { type: 'hub' });
    const unit = await this.requireUnit(input.unitId);
    const user = isUuid(input.userId) ? await this.orm.em.fork().findOne(User, { id: input.userId }) : null;
    if (!user) throw notFound('User', input.userId);
    if (user.kind !== 'STAFF') throw badInput('Only staff can be on a unit’s staff list.', 'userId');
    await this.writes.create(stampOf(caller, viewer, 'addUnitMember'), UnitMember, async ({ em }) => {
      if (await em.count(UnitMember, { unitId: unit.id, userId: user.id })) {
        throw badInput(`${user.name} is already on ${unit.code}.`, 'userId');
      }
      return em.create(UnitMember, { unitId: unit.id, userId: user.id });
    });
    return toView(unit);
  }

  /** Admins: takes a staff member off the list; their access to the unit's patients ends. */
  async removeMember(caller: Caller, input: UnitMemberInput): Promise<UnitType> {
    const viewer = await this.policy.assert(caller.viewer, 'unit.manage', { type: 'hub' });
    const unit = await this.requireUnit(input.unitId);
    await this.writes.run(stampOf(caller, viewer, 'removeUnitMember'), async ({ em, record }) => {
      const member = isUuid(input.userId)
        ? await em.findOne(UnitMember, { unitId: unit.id, userId: input.userId })
        : null;
      if (!member) throw notFound('UnitMember', input.userId);
      record({ kind: 'DELETED', entity: member });
      em.remove(member);
    });
    return toView(unit);
  }

  private async requireUnit(id: string): Promise<Unit> {
    const unit = isUuid(id) ? await this.orm.em.fork().findOne(Unit, { id }) : null;
    if (!unit) throw notFound('Unit', id);
    return unit;
  }
}
