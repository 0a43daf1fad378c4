// Drill time is measured, not counted: seconds come from a monotonic millisecond source
// (performance.now in the browser, a fake in tests), so dropped frames or throttled timers never
// slow the drill down. The clock stops while paused, can run faster (accelerated play, tests), and
// saves as the drill second it shows, so a restored clock continues from exactly there.

/** Monotonic milliseconds, e.g. `() => performance.now()`. */
export type MillisecondSource = () => number;

export interface SavedClock {
  /** Drill seconds shown when saved. */
  now: number;
  paused: boolean;
  speed: number;
}

export interface ClockOptions {
  /** Drill second to start from (default 0). */
  at?: number;
  /** Drill seconds per real second (default 1). */
  speed?: number;
  /** Start paused (default false). */
  paused?: boolean;
}

export class DrillClock {
  private readonly source: MillisecondSource;
  private speedFactor: number;
  /** Drill seconds at `anchorMs`; while paused, the frozen reading. */
  private anchorSeconds: number;
  private anchorMs: number;
  private isPaused: boolean;
  /** Never report less than this: a source that steps back must not rewind the drill. */
  private highest: number;

  constructor(source: MillisecondSource, options: ClockOptions = {}) {
    const speed = options.speed ?? 1;
    if (!(speed > 0) || !Number.isFinite(speed)) throw new RangeError(`clock speed must be a positive number, got ${speed}`);
    this.source = source;
    this.speedFactor = speed;
    this.anchorSeconds = options.at ?? 0;
    this.anchorMs = source();
    this.isPaused = options.paused ?? false;
    this.highest = this.anchorSeconds;
  }

  static restore(saved: SavedClock, source: MillisecondSource): DrillClock {
    return new DrillClock(source, { at: saved.now, speed: saved.speed, paused: saved.paused });
  }

  /** Drill seconds since the start, excluding paused time. */
  now(): number {
    if (this.isPaused) return this.anchorSeconds;
    const elapsed = ((this.source() - this.anchorMs) / 1000) * this.speedFactor;
    this.highest = Math.max(this.highest, this.anchorSeconds + elapsed);
    return this.highest;
  }

  get paused(): boolean {
    return this.isPaused;
  }

  get speed(): number {
    return this.speedFactor;
  }

  pause(): void {
    if (this.isPaused) return;
    this.anchorSeconds = this.now();
    this.isPaused = true;
  }

  resume(): void {
    if (!this.isPaused) return;
    this.anchorMs = this.source();
    this.isPaused = false;
  }

  /** Changes the speed from now on; the drill second shown does not jump. */
  setSpeed(speed: number): void {
    if (!(speed > 0) || !Number.isFinite(speed)) throw new RangeError(`clock speed must be a positive number, got ${speed}`);
    this.anchorSeconds = this.now();
    this.anchorMs = this.source();
    this.speedFactor = speed;
  }

  /** Continues from a saved reading (or a drill second), keeping this clock's source. */
  restore(saved: SavedClock | number): void {
    const at = typeof saved === 'number' ? saved : saved.now;
    if (typeof saved !== 'number') {
      if (!(saved.speed > 0) || !Number.isFinite(saved.speed)) throw new RangeError(`clock speed must be a positive number, got ${saved.speed}`);
      this.speedFactor = saved.speed;
      this.isPaused = saved.paused;
    }
    this.anchorSeconds = at;
    this.anchorMs = this.source();
    this.highest = at;
  }

  save(): SavedClock {
    return { now: this.now(), paused: this.isPaused, speed: this.speedFactor };
  }
}
