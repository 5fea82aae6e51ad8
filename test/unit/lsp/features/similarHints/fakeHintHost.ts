import type { SavedHint } from '../../../../../server/src/engine/persist/savedHints';
import type { Problem } from '../../../../../server/src/engine/problem';
import type { RestoredHints } from '../../../../../server/src/lsp/scan/hintStore';
import {
  HintScheduler,
  type HintSchedulerHost,
  type RankedHint,
  type Timers,
  type WorkSlicer,
} from '../../../../../server/src/lsp/features/similarHints/HintScheduler';
import type { SavedHintStore } from '../../../../../server/src/lsp/features/similarHints/RankingQueue';

const TITLE = { start: { line: 1, character: 7 }, end: { line: 1, character: 30 } };

/** The hint a lesson gets when it resembles `named`, as the engine words it (severity from the settings). */
export function hintNaming(named: readonly string[], severity: Problem['severity'] = 'information'): Problem {
  return {
    code: 'similar-lesson',
    severity,
    message: `Similar lesson exists: ${named.join(', ')}`,
    range: TITLE,
    data: { kind: 'similarLessons', matches: named.map((uri) => ({ uri, score: 0.9, adoptable: false })) },
  };
}

export function savedHint(uri: string, named: readonly string[]): SavedHint {
  return { uri, hint: hintNaming(named) };
}

/**
 * Settles the promise chains a step started (a slice after its yield resolves, a load's answer)
 * by running only the microtask queue: no macrotask, so no real time, ever runs in these tests.
 */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

/** Time that moves only when a test (or a lesson's ranking) moves it. */
export class FakeClock implements Timers {
  now = 0;
  private timers: { at: number; callback: () => void }[] = [];

  after(ms: number, callback: () => void): () => void {
    const timer = { at: this.now + ms, callback };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((other) => other !== timer);
    };
  }

  /** Moves time on by `ms`, running each timer as its time comes, earliest first. */
  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const due = this.timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((timer) => timer !== due);
      this.now = due.at;
      due.callback();
    }
    this.now = until;
  }

  get pendingTimers(): number {
    return this.timers.length;
  }
}

/**
 * A `TimeSlicer` over the fake clock: a slice is due once it has run for its budget, and a
 * yield resumes only when the test gives the event loop a turn.
 */
export class FakeSlicer implements WorkSlicer {
  private sliceStart = 0;
  private waiting: (() => void)[] = [];

  constructor(
    private readonly clock: FakeClock,
    private readonly budgetMs: number,
  ) {}

  get due(): boolean {
    return this.clock.now - this.sliceStart >= this.budgetMs;
  }

  yield(): Promise<void> {
    return new Promise((resolve) =>
      this.waiting.push(() => {
        this.sliceStart = this.clock.now;
        resolve();
      }),
    );
  }

  /** Work is waiting for its turn. */
  get waitingForTurn(): boolean {
    return this.waiting.length > 0;
  }

  /** One turn of the event loop: every yield waiting now resumes, and runs until it yields again or ends. */
  async turn(): Promise<void> {
    const resuming = this.waiting;
    this.waiting = [];
    for (const resume of resuming) resume();
    await settle();
  }

  /** Gives turns until no work waits; returns how many it took. */
  async runUntilIdle(maxTurns = 1000): Promise<number> {
    let turns = 0;
    while (this.waitingForTurn) {
      if (++turns > maxTurns) throw new Error(`still working after ${maxTurns} turns`);
      await this.turn();
    }
    return turns;
  }
}

/** Saved hints whose loading the test answers, and which records what was saved. */
export class FakeHintStore implements SavedHintStore {
  readonly loads: string[] = [];
  readonly saves: { settings: string; hints: Map<string, Problem> }[] = [];
  /** Lessons no longer as the scan loaded them. */
  readonly notAsLoaded = new Set<string>();
  private answer: { resolve: (restored: RestoredHints | undefined) => void; reject: (error: Error) => void } | undefined;

  load(settings: string): Promise<RestoredHints | undefined> {
    this.loads.push(settings);
    return new Promise((resolve, reject) => (this.answer = { resolve, reject }));
  }

  holdsFor(uri: string): boolean {
    return !this.notAsLoaded.has(uri);
  }

  async save(settings: string, hints: ReadonlyMap<string, Problem>): Promise<void> {
    this.saves.push({ settings, hints: new Map(hints) });
  }

  async loaded(restored: RestoredHints | undefined): Promise<void> {
    this.answer?.resolve(restored);
    await settle();
  }

  async failed(error: Error): Promise<void> {
    this.answer?.reject(error);
    await settle();
  }
}

/**
 * A workspace of lessons that resemble each other as the test says, recording every ranking
 * and publication. Ranking a lesson costs `rankCostMs` of the fake clock.
 */
export class FakeHintHost implements HintSchedulerHost {
  readonly lessons: string[] = [];
  readonly open: string[] = [];
  /** What each lesson resembles now: the lessons its hint names (those still held). */
  readonly resembles = new Map<string, string[]>();
  settings: { severity: Problem['severity'] | 'off' } = { severity: 'information' };
  store: FakeHintStore | undefined;
  rankCostMs = 0;
  /** Lessons whose ranking throws, as a broken engine would. */
  readonly unrankable = new Set<string>();
  /** Every lesson whose ranking threw, in order. */
  failed: string[] = [];
  /** Every lesson ranked, in order. */
  ranked: string[] = [];
  /** Every slice's publication, in order. */
  published: string[][] = [];
  publishedInSlices: string[][] = [];

  constructor(private readonly clock: FakeClock) {}

  rank(uri: string): RankedHint {
    this.ranked.push(uri);
    this.clock.now += this.rankCostMs;
    if (this.unrankable.has(uri)) throw new Error(`cannot rank ${uri}`);
    const { severity } = this.settings;
    const named = this.holdsLesson(uri) ? (this.resembles.get(uri) ?? []).filter((other) => this.holdsLesson(other)) : [];
    if (named.length === 0 || severity === 'off') return { matches: [] };
    return { problem: hintNaming(named, severity), matches: named.map((other) => ({ uri: other })) };
  }

  settingsKey(): string {
    return JSON.stringify(this.settings);
  }

  rankingFailed(uri: string): void {
    this.failed.push(uri);
  }

  lessonCount(): number {
    return this.lessons.length;
  }

  holdsLesson(uri: string): boolean {
    return this.lessons.includes(uri);
  }

  lessonUris(): string[] {
    return [...this.lessons];
  }

  isOpen(uri: string): boolean {
    return this.open.includes(uri);
  }

  openUris(): string[] {
    return [...this.open];
  }

  publish(uris: ReadonlySet<string>): void {
    this.published.push([...uris]);
  }

  async publishInSlices(uris: readonly string[]): Promise<void> {
    this.publishedInSlices.push([...uris]);
  }

  hintStore(): SavedHintStore | undefined {
    return this.store;
  }

  /** Takes what was ranked and published so far, leaving both records empty. */
  take(): { ranked: string[]; published: string[][] } {
    const taken = { ranked: this.ranked, published: this.published };
    this.ranked = [];
    this.published = [];
    return taken;
  }
}

/** The server's slice budget. */
const SLICE_MS = 8;

/** A scheduler over `lessons` (which resemble each other as `resembles` says), before any change. */
export function schedulerOver(lessons: string[], resembles: Record<string, string[]> = {}, open: string[] = []) {
  const clock = new FakeClock();
  const slicer = new FakeSlicer(clock, SLICE_MS);
  const host = new FakeHintHost(clock);
  host.lessons.push(...lessons);
  host.open.push(...open);
  for (const [uri, named] of Object.entries(resembles)) host.resembles.set(uri, named);
  return { clock, slicer, host, scheduler: new HintScheduler(host, clock, slicer) };
}

/** The same, its first pass done and its records cleared. */
export async function afterFirstPass(lessons: string[], resembles: Record<string, string[]> = {}, open: string[] = []) {
  const setup = schedulerOver(lessons, resembles, open);
  setup.scheduler.indexChanged(new Set(lessons));
  await setup.slicer.runUntilIdle();
  setup.host.take();
  setup.host.publishedInSlices = [];
  return setup;
}

/** `count` lessons, each resembling the next: every one of them gets a hint. */
export function chain(count: number): { lessons: string[]; resembles: Record<string, string[]> } {
  const lessons = Array.from({ length: count }, (_, i) => `l${i}`);
  return { lessons, resembles: Object.fromEntries(lessons.map((uri, i) => [uri, [lessons[(i + 1) % count]!]])) };
}
