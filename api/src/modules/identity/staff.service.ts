import type { MikroORM } from '@mikro-orm/core';
import type { Caller } from '../../platform/auth/caller.js';
import { badInput, notFound } from '../../platform/errors.js';
import { Streams } from '../../platform/events/streams.js';
import { stampOf, type WritePath } from '../../platform/events/write-path.js';
import { isUuid } from '../../platform/ids.js';
import type { Policy } from '../../platform/policy/policy.js';
import { containsIgnoringCase } from '../../platform/text.js';
import type { IdentityService } from './identity.service.js';
import { hashPassword } from './password.js';
import type { CreateStaffUserInput, SetUserActiveInput, StaffFilterInput } from './staff.types.js';
import { User } from './user.entity.js';

/** The staff directory, and account administration for admins. */
export class StaffService {
  constructor(
    private readonly orm: MikroORM,
    private readonly writes: WritePath,
    private readonly policy: Policy,
    private readonly identity: IdentityService,
  ) {}

  /** Active staff, by name: whom one can add to a care team. */
  async directory(caller: Caller, filter: StaffFilterInput): Promise<User[]> {
    await this.policy.assert(caller.viewer, 'staff.read', { type: 'hub' });
    const matches = containsIgnoringCase(['name', 'email'], filter.search);
    return this.orm.em.fork().find(
      User,
      {
        kind: 'STAFF',
        active: true,
        ...(filter.discipline && { discipline: filter.discipline }),
        ...matches,
      },
      { orderBy: { name: 'asc' }, limit: 200 },
    );
  }

  async create(caller: Caller, input: CreateStaffUserInput): Promise<User> {
    const viewer = await this.policy.assert(caller.viewer, 'user.manage', { type: 'hub' });
    const email = input.email.trim().toLowerCase();
    const name = input.name.trim();
    if (!name) throw badInput('name must not be blank.', 'name');
    if (input.role !== 'ADMIN' && !input.discipline) throw badInput('Clinical staff need a discipline.', 'discipline');
    const passwordHash = await hashPassword(input.password);
    return this.writes.run(
      stampOf(caller, viewer, 'createStaffUser'),
      async ({ em, record }) => {
        if (await em.count(User, { email })) throw badInput(`An account with ${email} already exists.`, 'email');
        const user = em.create(User, {
          email,
          name,
          discipline: input.discipline ?? null,
          role: input.role,
          passwordHash,
        });
        record({ kind: 'CREATED', entity: user, streams: [Streams.directory()] });
        return user;
      },
      { clientMutationId: input.clientMutationId, replay: (em, id) => em.findOneOrFail(User, { id }) },
    );
  }

  /** Deactivating ends the person's sessions everywhere at once. */
  async setActive(caller: Caller, input: SetUserActiveInput): Promise<User> {
    const viewer = await this.policy.assert(caller.viewer, 'user.manage', { type: 'hub' });
    if (!isUuid(input.userId) || !(await this.identity.userById(input.userId))) throw notFound('User', input.userId);
    if (input.userId === viewer.userId && !input.active)
      throw badInput('You cannot deactivate your own account.', 'userId');
    const user = await this.writes.run(
      stampOf(caller, viewer, 'setUserActive'),
      async ({ em, record, expectVersion }) => {
        const target = await em.findOneOrFail(User, { id: input.userId });
        expectVersion(target, input.expectedVersion);
        const before = userView(target);
        target.active = input.active;
        record({ kind: 'UPDATED', entity: target, before, streams: [Streams.directory()] });
        return target;
      },
    );
    if (!input.active) await this.identity.endAllSessions(user.id);
    return user;
  }
}

/** What the event log keeps of an account: never the password hash. */
export function userView(u: User) {
  return {
    id: u.id,
    version: u.version,
    email: u.email,
    name: u.name,
    kind: u.kind,
    discipline: u.discipline,
    role: u.role,
    active: u.active,
  };
}
