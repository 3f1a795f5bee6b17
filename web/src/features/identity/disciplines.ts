import { Discipline } from '@carehub/schema/graphql';

/** Every staff discipline, as the schema lists them (generated from the API's enum, never retyped). */
export const DISCIPLINES: Discipline[] = Object.values(Discipline);
