import type { Bus, BusMessage, Subscription } from '../../platform/bus/bus.js';
import { Streams, streamTopic } from '../../platform/events/streams.js';
import { FIGURES_OF_ENTITY, OUTCOME_FIGURES, type OutcomeFigure } from './outcomes.figures.js';

/** How long changes to a unit are gathered before its dashboards recompute (a burst costs one recompute). */
export const DEBOUNCE_MS = 250;

type Listener = (figures: ReadonlySet<OutcomeFigure>) => void;

/**
 * Watches one unit for changes that move its figures: the unit's stream (admissions, discharges,
 * UR, authorizations, ED histories) and the stream of each of its patients (care plans, cards,
 * referrals). It rings the bus only (no database read per event), gathers which figures the
 * changed items can move for `DEBOUNCE_MS`, then tells every dashboard open on the unit once.
 * A lost bus connection (null message) marks every figure as changed.
 */
class UnitWatch {
  readonly listeners = new Set<Listener>();
  private readonly holds = new Map<string, Subscription>();
  private pending = new Set<OutcomeFigure>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly bus: Bus,
    private readonly unitId: string,
    private readonly patientsOf: (unitId: string) => Promise<string[]>,
  ) {}

  async start(): Promise<void> {
    this.listen(Streams.unit(this.unitId));
    await this.followPatients();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const hold of this.holds.values()) hold();
    this.holds.clear();
  }

  private listen(stream: string): void {
    if (this.holds.has(stream)) return;
    this.holds.set(
      stream,
      this.bus.subscribe<BusMessage>(streamTopic(stream), (message) => {
        const figures = message ? (FIGURES_OF_ENTITY[message.event.entityType] ?? []) : OUTCOME_FIGURES;
        // A patient admitted to (or moved onto) the unit: follow their stream from now on.
        if (message?.event.entityType === 'Patient') void this.followPatients().catch(() => {});
        for (const figure of figures) this.pending.add(figure);
        if (this.pending.size > 0) this.timer ??= setTimeout(() => this.flush(), DEBOUNCE_MS);
      }),
    );
  }

  private async followPatients(): Promise<void> {
    for (const id of await this.patientsOf(this.unitId)) this.listen(Streams.patient(id));
  }

  private flush(): void {
    this.timer = null;
    const figures = this.pending;
    this.pending = new Set();
    for (const listener of this.listeners) listener(figures);
  }
}

/** The unit watches of this instance, shared by every dashboard open on the same unit. */
export class OutcomesLive {
  private readonly watches = new Map<string, Promise<UnitWatch>>();

  constructor(
    private readonly bus: Bus,
    private readonly patientsOf: (unitId: string) => Promise<string[]>,
  ) {}

  /** Calls `listener` with the figures that changed on the unit; returns what stops it (the last one stops the watch). */
  async watch(unitId: string, listener: Listener): Promise<() => void> {
    let started = this.watches.get(unitId);
    if (!started) {
      const watch = new UnitWatch(this.bus, unitId, this.patientsOf);
      started = watch.start().then(() => watch);
      this.watches.set(unitId, started);
      started.catch(() => this.watches.delete(unitId));
    }
    const watch = await started;
    watch.listeners.add(listener);
    return () => {
      watch.listeners.delete(listener);
      if (watch.listeners.size === 0 && this.watches.get(unitId) === started) {
        this.watches.delete(unitId);
        watch.stop();
      }
    };
  }
}
