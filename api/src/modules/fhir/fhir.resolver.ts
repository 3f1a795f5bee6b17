import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../platform/graphql/context.js';
import { fhirBase } from './fhir.routes.js';
import type { FhirService } from './fhir.service.js';

@Resolver()
export class FhirResolver {
  constructor(
    private readonly fhir: FhirService,
    private readonly publicUrl: string | undefined,
  ) {}

  @Query(() => GraphQLJSON, {
    description:
      "The patient's whole care picture as a FHIR R4 collection Bundle (the same as GET /fhir/Patient/{id}/$everything); staff who may read the patient.",
  })
  fhirBundle(@Arg('patientId', () => ID) patientId: string, @Ctx() ctx: RequestContext): Promise<unknown> {
    const base = fhirBase(ctx.response?.req, this.publicUrl);
    return this.fhir.exportBundle(ctx, patientId, base, 'fhirBundle');
  }
}
