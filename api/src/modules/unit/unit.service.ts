import type { MikroORM } from '@mikro-orm/core';
import { isUuid } from '../../platform/ids.js';
import { Unit, UnitMember } from './unit.entity.js';
import type { UnitType } from './unit.types.js';

const toView = (unit: Unit): UnitType => ({ id: unit.id, code: unit.code, name: unit.name });

/** Units and their staff lists. */
export class UnitService {
  constructor(private readonly orm: MikroORM) {}

  async byIds(ids: readonly string[]): Promise<(UnitType | null)[]> {
    const units = await this.orm.em.fork().find(Unit, { id: { $in: ids.filter(isUuid) } });
    const byId = new Map(units.map((u) => [u.id, toView(u)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

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
}
