import type { Bus, BusMessage, ChangeEventPayload, Subscription } from '../bus/bus.js';
import { badInput, resyncRequired } from '../errors.js';
import type { EventLog } from './event-log.js';
import { streamTopic } from './streams.js';
import { toPayload } from './write-path.js';

const PAGE = 500;
/**
 * Bus messages one follower may have waiting. A follower whose client reads slower than events
 * arrive stops there: its buffer is dropped and it is told to resubscribe from its cursor
 * (`RESYNC_REQUIRED`), so a slow screen costs bounded memory and never holds the others back.
 */
export const MAX_WAITING = 256;

/**
 * What one subscriber receives of an event: all of it, only its envelope (which item changed,
 * how, by whom and when — not the item), or nothing.
 */
export type Sight = 'whole' | 'envelope' | 'none';

/** An event as one subscriber receives it; a `withheld` event carries its envelope without the item. */
export type Delivery = ChangeEventPayload & { withheld?: true };

export interface FeedOptions {
  /** Messages this follower may have waiting before it is told to resync (default: the feed's). */
  maxWaiting?: number;
  /** Last event id the client saw; omitted means "from now on". */
  after?: string | null;
  /** Per-event access decision for this subscriber (default: the whole event). */
  sight?: (event: ChangeEventPayload) => Sight | Promise<Sight>;
  /** Asked before each delivery; when it turns false the feed ends (e.g. the session or access ended). */
  stillAllowed?: (event: ChangeEventPayload) => boolean | Promise<boolean>;
}

/**
 * Follows one stream: replays the event log after `after`, then goes live, in id order,
 * with no gap and no duplicate. It listens on the bus before reading the log, treats a bus
 * message as a doorbell, and reads the log again whenever a message does not follow the last
 * delivered id directly (or the bus asks for a resync) — so a lost or reordered message
 * delays an event but never loses it.
 */
export class EventFeed {
  /** Per stream followed on this instance: its one bus listener, shared by every follower. */
  readonly #channels = new Map<string, Channel>();

  constructor(
    private readonly log: EventLog,
    private readonly bus: Bus,
    /** Messages a follower may have waiting unless it says otherwise (`FeedOptions.maxWaiting`). */
    private readonly maxWaiting = MAX_WAITING,
  ) {}

  follow(stream: string, options: FeedOptions = {}): AsyncGenerator<Delivery> {
    // Validated here, not inside the generator, so a bad cursor fails the subscribe call itself.
    const after = options.after != null ? parseCursor(options.after) : null;
    const signal: Signal = { closed: false };
    const generator = this.run(stream, after, options, signal);
    // An async generator parked on an await cannot be returned from outside; waking it with
    // `closed` set lets an idle subscription end (and stop listening) as soon as the client leaves.
    const stop = generator.return.bind(generator);
    generator.return = (value) => {
      signal.closed = true;
      signal.wake?.();
      return stop(value);
    };
    return generator;
  }

  private async *run(
    stream: string,
    after: string | null,
    options: FeedOptions,
    signal: Signal,
  ): AsyncGenerator<Delivery> {
    const inbox: (BusMessage | null)[] = [];
    const limit = options.maxWaiting ?? this.maxWaiting;
    const unsubscribe = this.#listen(stream, (message) => {
      if (signal.overflowed) return;
      if (inbox.length >= limit) {
        // Dropped at once: what is waiting is in the event log, from the follower's cursor on.
        inbox.length = 0;
        signal.overflowed = true;
      } else inbox.push(message);
      signal.wake?.();
    });
    try {
      // Confirmed listening before the log is read: whatever commits after the read rings here.
      await unsubscribe.ready;
      let cursor = after ?? (await this.position(stream));
      let needsRead = after != null;
      while (!signal.closed) {
        if (needsRead) {
          needsRead = false;
          for (;;) {
            const page = await this.readAfter(stream, cursor);
            for (const event of page) {
              const verdict = await gate(event, options);
              if (verdict === 'end') return;
              cursor = event.id;
              if (verdict) yield verdict;
            }
            if (page.length < PAGE) break;
          }
        }
        if (signal.overflowed) throw resyncRequired(cursor);
        const message = inbox.shift();
        if (message === undefined) {
          await new Promise<void>((resolve) => {
            signal.wake = resolve;
          });
          signal.wake = undefined;
          continue;
        }
        if (message === null) {
          needsRead = true;
          continue;
        }
        if (BigInt(message.event.id) <= BigInt(cursor)) continue;
        if (message.previousId !== cursor) {
          needsRead = true;
          continue;
        }
        const verdict = await gate(message.event, options);
        if (verdict === 'end') return;
        cursor = message.event.id;
        if (verdict) yield verdict;
      }
    } finally {
      unsubscribe();
    }
  }

  /**
   * The id of the stream's last committed event ('0' when it has none). Ids within a stream follow
   * commit order, so data read AFTER this call reflects at least every event up to it: a subscriber
   * that starts `after` it misses nothing (at worst it receives an event the data already shows).
   * Read after the data, it could skip a change committed in between — never do that.
   */
  position(stream: string): Promise<string> {
    return this.log.lastId(stream);
  }

  /**
   * Adds a follower to the stream's channel, opening the channel's bus subscription for the first
   * one: a message is received and parsed once per instance, and every follower is handed the
   * same payload (followers never change it).
   */
  #listen(stream: string, follower: Follower): Subscription {
    let channel = this.#channels.get(stream);
    if (!channel) {
      const followers = new Set<Follower>();
      const created: Channel = {
        followers,
        subscription: this.bus.subscribe(streamTopic(stream), (message) => handOut([...followers], message)),
      };
      channel = created;
      this.#channels.set(stream, created);
    }
    const { followers, subscription } = channel;
    followers.add(follower);
    const stop = () => {
      followers.delete(follower);
      if (followers.size === 0 && this.#channels.get(stream) === channel) {
        this.#channels.delete(stream);
        subscription();
      }
    };
    return Object.assign(stop, { ready: subscription.ready });
  }

  /** How many streams this instance listens to on the bus (one subscription each, however many followers). */
  get channelCount(): number {
    return this.#channels.size;
  }

  private async readAfter(stream: string, cursor: string): Promise<ChangeEventPayload[]> {
    return (await this.log.after(stream, cursor, { limit: PAGE })).map((row) => toPayload(row));
  }
}

type Follower = (message: BusMessage | null) => void;

/** Followers woken per turn of the event loop. */
const SLICE = 250;

/**
 * Hands a message to followers a slice per turn of the event loop, starting on the next turn: the
 * writer's own answer (still on its way out when the bus rings in-process) and other requests are
 * not held up behind a fan-out to thousands of subscribers.
 */
function handOut(followers: Follower[], message: BusMessage | null, from = 0): void {
  setImmediate(() => {
    const end = Math.min(from + SLICE, followers.length);
    for (let i = from; i < end; i++) followers[i]?.(message);
    if (end < followers.length) handOut(followers, message, end);
  });
}

interface Channel {
  followers: Set<Follower>;
  subscription: Subscription;
}

interface Signal {
  closed: boolean;
  /** Set when the follower fell more than its limit behind: it ends with RESYNC_REQUIRED. */
  overflowed?: boolean;
  wake?: (() => void) | undefined;
}

/** The event as this subscriber receives it, null to skip it, or 'end' when the subscriber's access ended. */
async function gate(event: ChangeEventPayload, options: FeedOptions): Promise<Delivery | null | 'end'> {
  if (options.stillAllowed && !(await options.stillAllowed(event))) return 'end';
  const sight = options.sight ? await options.sight(event) : 'whole';
  if (sight === 'none') return null;
  return sight === 'whole' ? event : { ...event, snapshot: {}, withheld: true };
}

/** Checks an `after` cursor: a decimal event id. */
export function parseCursor(after: string): string {
  if (!/^\d{1,19}$/.test(after)) throw badInput('`after` must be an event id.', 'after');
  return String(BigInt(after));
}

/**
 * Wraps an access re-check so a busy stream does not ask the database before every event: the
 * answer is reused for `ms`, except that an event for which `mustRecheck` is true (a change to
 * who may see the stream, such as a care-team removal) is always checked at once.
 */
export function recheckAtMostEvery(
  ms: number,
  check: () => Promise<boolean>,
  mustRecheck: (event: ChangeEventPayload) => boolean,
): (event: ChangeEventPayload) => Promise<boolean> {
  let checkedAt = Number.NEGATIVE_INFINITY;
  let allowed = true;
  return async (event) => {
    const now = Date.now();
    if (now - checkedAt >= ms || mustRecheck(event)) {
      allowed = await check();
      checkedAt = now;
    }
    return allowed;
  };
}

/**
 * Re-checks shared by every follower that asks about the same thing (a session's liveness, asked
 * by each subscription of that session): at most one check per key is in flight, and its answer
 * stands for up to `ms`, shortened at random by up to a quarter so keys checked together spread
 * over the period instead of coming due on the same event.
 */
export class SharedRechecks {
  readonly #answers = new Map<string, { until: number; answer: Promise<boolean> }>();

  constructor(
    private readonly ms: number,
    private readonly now: () => number = Date.now,
    private readonly random: () => number = Math.random,
  ) {}

  /** The answer for `key`: current, or asked of `check` once for everyone waiting now. */
  ask(key: string, check: () => Promise<boolean>): Promise<boolean> {
    const now = this.now();
    const known = this.#answers.get(key);
    if (known && now < known.until) return known.answer;
    if (this.#answers.size >= 10_000) {
      for (const [k, v] of this.#answers) if (now >= v.until) this.#answers.delete(k);
    }
    const answer = check();
    const entry = { until: Number.POSITIVE_INFINITY, answer };
    this.#answers.set(key, entry);
    // The period starts when the answer is in; a failed check is asked again by the next caller.
    answer.then(
      () => {
        entry.until = this.now() + this.ms * (1 - 0.25 * this.random());
      },
      () => {
        if (this.#answers.get(key) === entry) this.#answers.delete(key);
      },
    );
    return answer;
  }
}
