import type { EntityClass } from '@mikro-orm/core';
import type { NonEmptyArray } from 'type-graphql';
import { ChangeEventRecord } from '../platform/events/change-event.entity.js';
import { registerNodeType } from '../platform/events/change-event.types.js';
import { registerEntityView } from '../platform/events/entity-views.js';
import { IdentityResolver } from './identity/identity.resolver.js';
import { Session } from './identity/session.entity.js';
import { User } from './identity/user.entity.js';
import { Patient, patientView } from './patient/patient.entity.js';
import { PatientResolver } from './patient/patient.resolver.js';
import { PatientType } from './patient/patient.types.js';
import { Unit, UnitMember } from './unit/unit.entity.js';

/** Every table the hub owns. */
export const entities: EntityClass<unknown>[] = [ChangeEventRecord, User, Session, Unit, UnitMember, Patient];

/** Every resolver of the schema. */
// biome-ignore lint/complexity/noBannedTypes: type-graphql takes resolver classes
export const resolvers: NonEmptyArray<Function> = [IdentityResolver, PatientResolver];

registerEntityView(Patient, 'Patient', patientView);
registerNodeType('Patient', PatientType);
