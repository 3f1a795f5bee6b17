import { entityView } from '../../platform/events/entity-views.js';
import { patientItemRoute } from '../../platform/events/streams.js';
import { defineModule } from '../../platform/feature-module.js';
import type { IdentityService } from '../identity/identity.service.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import { Assessment, assessmentView } from './assessment.entity.js';
import { AssessmentResolver, PatientAssessmentsResolver } from './assessment.resolver.js';
import { AssessmentService } from './assessment.service.js';
import { AssessmentType } from './assessment.types.js';

/** Holistic assessments (clinical, psychosocial, financial, environmental): drafts, signing, reassessment. */
export const assessmentModule = defineModule({
  name: 'assessment',
  entities: [Assessment],
  views: [entityView(Assessment, 'Assessment', assessmentView, { route: patientItemRoute, nodeType: AssessmentType })],
  services: (
    { orm, writes },
    { patientAccess }: { patientAccess: PatientAccessService; identity: IdentityService },
  ) => ({
    assessments: new AssessmentService(orm, writes, patientAccess),
  }),
  resolvers: [
    [AssessmentResolver, (s) => new AssessmentResolver(s.assessments, s.identity)],
    [PatientAssessmentsResolver, (s) => new PatientAssessmentsResolver(s.assessments)],
  ],
});
