import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubModules } from './modules.js';
import { platformEntities } from './platform/database/database.js';
import { startTestHub, type TestHub } from './testing/test-hub.js';

const entities = [...platformEntities, ...hubModules.entities];

describe('entities round-trip through the database', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub?.stop());

  // A loaded row that compares as changed would be written back on the next flush of any
  // transaction that read it, bumping its version and turning the next honest edit into a CONFLICT.
  it.each(entities.map((e) => [e.name, e] as const))(
    'a freshly loaded %s has no pending changes',
    async (_name, entity) => {
      const em = hub.app.services.orm.em.fork();
      await em.find(entity, {}, { limit: 20 });
      const uow = em.getUnitOfWork();
      uow.computeChangeSets();
      expect(uow.getChangeSets().map((c) => [c.entity.constructor.name, Object.keys(c.payload)])).toEqual([]);
    },
  );
});
