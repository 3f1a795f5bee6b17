import type { Discipline } from '@carehub/schema/graphql';

/** Every staff discipline, in the order pickers list them. */
export const DISCIPLINES: Discipline[] = ['RN', 'LPN', 'SW', 'MD', 'PT', 'OT', 'SLP', 'PHARM', 'RD', 'CM'];
