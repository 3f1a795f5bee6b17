import { freshDatabaseUrl } from '@carehub/api/testing';
import pg from 'pg';
import { createClient } from 'redis';
import { describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium.js';

const createDatabase = async () => (await freshDatabaseUrl('postgres')).url;

/** The services every other test relies on, checked on their own so a broken machine fails here first. */
describe('test harness', () => {
  it('the run’s PostgreSQL accepts queries in a freshly created database', async () => {
    const url = await createDatabase();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('create table note (body text not null)');
      await client.query("insert into note values ('handover at 7')");
      const { rows } = await client.query('select current_database() as db, body from note');
      expect(rows).toEqual([{ db: new URL(url).pathname.slice(1), body: 'handover at 7' }]);
    } finally {
      await client.end();
    }
  });

  it('two fresh databases on the same server share nothing', async () => {
    const [one, two] = await Promise.all([createDatabase(), createDatabase()]);
    expect(one).not.toBe(two);
    const first = new pg.Client({ connectionString: one });
    await first.connect();
    await first.query('create table only_here (id int)');
    await first.end();
    const second = new pg.Client({ connectionString: two });
    await second.connect();
    const { rows } = await second.query("select to_regclass('only_here') as found");
    await second.end();
    expect(rows[0]?.found).toBeNull();
  });

  it('the run’s Redis answers PING and a published message reaches a subscriber', async () => {
    const publisher = createClient({ url: inject('redisUrl') });
    const subscriber = publisher.duplicate();
    await Promise.all([publisher.connect(), subscriber.connect()]);
    try {
      expect(await publisher.ping()).toBe('PONG');
      const channel = `harness:${process.pid}:${Date.now()}`;
      let deliver: (message: string) => void = () => {};
      const received = new Promise<string>((resolve) => {
        deliver = resolve;
      });
      // SUBSCRIBE resolves once Redis acknowledges it, so the publish below cannot be missed.
      await subscriber.subscribe(channel, (message) => deliver(message));
      expect(await publisher.publish(channel, 'bed 4 moved')).toBe(1);
      expect(await received).toBe('bed 4 moved');
    } finally {
      await Promise.all([publisher.close(), subscriber.close()]);
    }
  });

  it('Chromium launches and renders a page', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto('data:text/html,<title>harness</title><h1 id="h">Rounds at 9</h1>');
      expect(await page.title()).toBe('harness');
      expect(await page.textContent('#h')).toBe('Rounds at 9');
    } finally {
      await browser.close();
    }
  });
});
