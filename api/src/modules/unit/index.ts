import { entityView } from '../../platform/events/entity-views.js';
import { Streams } from '../../platform/events/streams.js';
import { defineModule } from '../../platform/feature-module.js';
import { Unit, UnitMember } from './unit.entity.js';
import { UnitResolver, UserUnitsResolver } from './unit.resolver.js';
import { UnitService, unitMemberView } from './unit.service.js';

/** Hospital units and their staff lists (staff on a unit's list see its patients). */
export const unitModule = defineModule({
  name: 'unit',
  entities: [Unit, UnitMember],
  views: [
    entityView(UnitMember, 'UnitMember', unitMemberView, {
      route: (m) => ({ streams: [Streams.unit(m.unitId), Streams.directory()] }),
    }),
  ],
  services: ({ orm, writes, policy }, _needs: object, settings: { unitTimeZone: string }) => ({
    units: new UnitService(orm, writes, policy, settings.unitTimeZone),
  }),
  policyFacts: ({ units }) => ({ isUnitMember: (userId, unitId) => units.isMember(userId, unitId) }),
  resolvers: [
    [UnitResolver, (s) => new UnitResolver(s.units, s.feed)],
    [UserUnitsResolver, (s) => new UserUnitsResolver(s.units)],
  ],
});
