import { defineModule } from '../../platform/feature-module.js';
import { FhirResolver } from './fhir.resolver.js';
import { fhirRoutes } from './fhir.routes.js';
import { type FhirNeeds, FhirService } from './fhir.service.js';

/** FHIR R4: a patient's care picture out (`$everything`, `fhirBundle`), a patient in from an EHR bundle. */
export const fhirModule = defineModule({
  name: 'fhir',
  entities: [],
  views: [],
  services: ({ events }, needs: FhirNeeds, settings: { publicUrl: string | undefined }) => ({
    fhir: new FhirService(needs, events),
    fhirSettings: { publicUrl: settings.publicUrl },
  }),
  resolvers: [[FhirResolver, (s) => new FhirResolver(s.fhir, s.fhirSettings.publicUrl)]],
  routes: (services, platform, http) =>
    fhirRoutes(services.fhir, http, platform.logger, services.fhirSettings.publicUrl),
});
