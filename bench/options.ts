/** The measures, by the number the issue gives them. */
export const MEASURES = [
  "fanout",
  "storm",
  "rooms",
  "join",
  "idle",
  "durability",
  "storage",
  "browser",
] as const;
export type MeasureName = (typeof MEASURES)[number];

export interface BenchOptions {
  quick: boolean;
  only: Set<MeasureName>;
  /** Servers to run (`--targets=Coplan,Hocuspocus`); all by default. */
  targets: string[] | undefined;
  /** Runs per configuration; medians are over these. */
  repeats: number;
  /** A many-rooms step that misses gets one more try (full mode: one stall should not end the climb). */
  retryStep: boolean;
  fanoutReaders: number[];
  fanoutSeconds: number;
  stormClients: number[];
  stormSeconds: number;
  roomBoards: number;
  roomRates: number[];
  roomStepSeconds: number;
  joinSizes: number[];
  idleConnections: number;
  idleBoards: number;
  storageMoves: number;
  storageKeystrokes: number;
  /**
   * Measure 7's large board: the size of its editing history, and the keystrokes then typed into it;
   * a size of 0 leaves the trace out.
   */
  storageLargeBoardBytes: number;
  storageLargeBoardKeystrokes: number;
  /** Write BENCHMARKS.md (a full run, or when asked). */
  write: boolean;
  /** Hard limit on the whole run. */
  timeoutMs: number;
}

const KB = 1000;

/**
 * Measure 7's large board, one keystroke per update: its history (about 65 updates at 16 MB) plus these
 * pass Coplan's compaction threshold (500 updates, plus up to 250 at random) at least once, and at 50 a
 * second they last 18 s, past Hocuspocus's longest store debounce (10 s).
 */
export const LARGE_BOARD_KEYSTROKES = 900;

/** `--name=1,2,3` as numbers, when given. */
function numbers(argv: string[], name: string): number[] | undefined {
  const argument = argv.find((candidate) => candidate.startsWith(`--${name}=`));
  return argument
    ?.slice(name.length + 3)
    .split(",")
    .map(Number);
}

export function parseOptions(argv: string[]): BenchOptions {
  const options = modeOptions(argv);
  // Sizes can be picked by hand while iterating: --fanout=500, --storm=150,300.
  options.fanoutReaders = numbers(argv, "fanout") ?? options.fanoutReaders;
  options.stormClients = numbers(argv, "storm") ?? options.stormClients;
  return options;
}

function modeOptions(argv: string[]): BenchOptions {
  const quick = argv.includes("--quick");
  const onlyArgument = argv.find((argument) => argument.startsWith("--only="));
  const only = new Set<MeasureName>();
  for (const name of onlyArgument?.slice("--only=".length).split(",") ?? MEASURES) {
    if (!(MEASURES as readonly string[]).includes(name))
      throw new Error(`unknown measure ${name}: ${MEASURES}`);
    only.add(name as MeasureName);
  }
  // Quick: the browser measure needs a client build and is Coplan's alone; ask for it with --only=browser.
  if (quick && !onlyArgument) only.delete("browser");
  const targetsArgument = argv.find((argument) => argument.startsWith("--targets="));
  const targets = targetsArgument?.slice("--targets=".length).split(",");
  const write = argv.includes("--write") || (!quick && !onlyArgument && !targets);
  return quick
    ? {
        quick,
        only,
        targets,
        write,
        repeats: 1,
        retryStep: false,
        // Sized to end well inside the timeout on this 2-core machine: every measure starts a fresh server
        // (about 2 s for Coplan's), so the loads themselves are kept small.
        fanoutReaders: [10],
        fanoutSeconds: 2,
        stormClients: [50],
        stormSeconds: 2,
        roomBoards: 50,
        roomRates: [250, 1000],
        roomStepSeconds: 1.5,
        joinSizes: [160 * KB],
        idleConnections: 100,
        idleBoards: 25,
        storageMoves: 1_000,
        storageKeystrokes: 1_000,
        // Its fixed cost (a fresh server, the seeding, 4 s of waits) does not fit in the whole quick
        // run's timeout: ask for it with --only=storage. Too few keystrokes there for Coplan to compact.
        storageLargeBoardBytes: onlyArgument ? 1600 * KB : 0,
        storageLargeBoardKeystrokes: 250,
        timeoutMs: 115_000,
      }
    : {
        quick,
        only,
        targets,
        write,
        repeats: 3,
        retryStep: true,
        fanoutReaders: [10, 100, 500],
        fanoutSeconds: 4,
        stormClients: [50, 150, 300],
        stormSeconds: 5,
        roomBoards: 500,
        roomRates: [
          250, 500, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000, 12000, 14000, 16000, 18000,
          20000,
        ],
        roomStepSeconds: 3,
        joinSizes: [160 * KB, 1600 * KB, 16_000 * KB],
        // 4,000, not 1,000: a few MiB of heap or allocator growth that lands in one run but not another
        // moved the per-connection RSS by up to 8 KiB at 1,000 (three runs of one server read 6.3 to 14.5).
        idleConnections: 4000,
        idleBoards: 200,
        storageMoves: 100_000,
        storageKeystrokes: 50_000,
        storageLargeBoardBytes: 16_000 * KB,
        storageLargeBoardKeystrokes: LARGE_BOARD_KEYSTROKES,
        // A full run takes about 20 minutes on the 2-core machine (BENCHMARKS.md records each run's time).
        timeoutMs: 25 * 60_000,
      };
}
