// Decorated classes (entities, GraphQL types) read emitted metadata as they load.
import 'reflect-metadata';
import { accessModule } from './modules/access/index.js';
import { assessmentModule } from './modules/assessment/index.js';
import { auditModule } from './modules/audit/index.js';
import { authorizationModule } from './modules/authorization/index.js';
import { careConferenceModule } from './modules/care-conference/index.js';
import { carePlanModule } from './modules/care-plan/index.js';
import { careTeamModule } from './modules/care-team/index.js';
import { dischargeModule } from './modules/discharge/index.js';
import { familyModule } from './modules/family/index.js';
import { fhirModule } from './modules/fhir/index.js';
import { identityModule } from './modules/identity/index.js';
import { patientModule } from './modules/patient/index.js';
import { portalModule } from './modules/portal/index.js';
import { presenceModule } from './modules/presence/index.js';
import { riskModule } from './modules/risk/index.js';
import { roundsModule } from './modules/rounds/index.js';
import { socialNeedsModule } from './modules/social-needs/index.js';
import { taskBoardModule } from './modules/task-board/index.js';
import { unitModule } from './modules/unit/index.js';
import { utilizationReviewModule } from './modules/utilization-review/index.js';
import { moduleList, type ServicesOf } from './platform/feature-module.js';

/**
 * Every feature of the hub, one line each, in dependency order: a module comes after the modules
 * whose services it uses (the list does not compile otherwise). A new feature is a folder under
 * modules/ with an index.ts descriptor, and a line here.
 */
const modules = [
  identityModule,
  unitModule,
  patientModule,
  careTeamModule,
  familyModule,
  accessModule,
  auditModule,
  carePlanModule,
  taskBoardModule,
  portalModule,
  riskModule,
  socialNeedsModule,
  assessmentModule,
  dischargeModule,
  roundsModule,
  careConferenceModule,
  utilizationReviewModule,
  authorizationModule,
  fhirModule,
  presenceModule,
] as const;

export const hubModules = moduleList(modules);

/** The services of every module, by name (`patients`, `carePlans`, …). */
export type ModuleServices = ServicesOf<typeof modules>;
