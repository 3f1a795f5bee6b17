import { entityView } from '../../platform/events/entity-views.js';
import { patientItemRoute } from '../../platform/events/streams.js';
import { defineModule } from '../../platform/feature-module.js';
import type { IdentityService } from '../identity/identity.service.js';
import type { SessionCookies } from '../identity/session-cookies.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import { FamilyResolver, PatientFamilyResolver } from './family.resolver.js';
import { FamilyService } from './family.service.js';
import { FamilyLinkType } from './family.types.js';
import { FamilyLink, familyLinkView } from './family-link.entity.js';

interface Needs {
  patientAccess: PatientAccessService;
  identity: IdentityService;
  sessionCookies: SessionCookies;
}

/** Family members and caregivers linked to patients with recorded consent; the policy's "linked family" fact. */
export const familyModule = defineModule({
  name: 'family',
  entities: [FamilyLink],
  views: [entityView(FamilyLink, 'FamilyLink', familyLinkView, { route: patientItemRoute, nodeType: FamilyLinkType })],
  services: ({ orm, writes }, { patientAccess, identity }: Needs, settings: { familyInvitationMs: number }) => ({
    family: new FamilyService(orm, writes, patientAccess, identity, settings.familyInvitationMs),
  }),
  policyFacts: ({ family }) => ({
    hasActiveFamilyLink: (userId, patientId) => family.hasActiveLink(userId, patientId),
  }),
  resolvers: [
    [FamilyResolver, (s) => new FamilyResolver(s.family, s.identity, s.sessionCookies)],
    [PatientFamilyResolver, (s) => new PatientFamilyResolver(s.family)],
  ],
});
