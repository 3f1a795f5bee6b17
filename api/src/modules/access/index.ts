import { defineModule } from '../../platform/feature-module.js';
import { AccessResolver } from './access.resolver.js';
import { AccessService } from './access.service.js';
import { BreakGlassGrant } from './break-glass.entity.js';

/** Break-the-glass: emergency access outside one's team, flagged and time-limited; the policy's break-glass fact. */
export const accessModule = defineModule({
  name: 'access',
  entities: [BreakGlassGrant],
  views: [],
  services: ({ orm, policy, auditLog }) => ({ access: new AccessService(orm, policy, auditLog) }),
  policyFacts: ({ access }) => ({ hasBreakGlass: (userId, patientId) => access.hasBreakGlass(userId, patientId) }),
  resolvers: [[AccessResolver, (s) => new AccessResolver(s.access)]],
});
