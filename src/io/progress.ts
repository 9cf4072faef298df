// Progress of a long read, for people watching: on a terminal one line on stderr redrawn in place
// (bytes read, MB/s, ETA); in GitHub Actions at most one log line per 10%; elsewhere nothing.
// Never on stdout, so never in `--json` output. Pure: the clock and the writer are given; the
// reader (ndjson-read.ts) decides the mode from its stream and environment and feeds the bytes.

export type ProgressMode = 'tty' | 'actions' | 'off';

/** Inputs smaller than this (uncompressed estimate) read too fast to need progress. */
export const PROGRESS_MIN_BYTES = 50 * 1000 * 1000;

export interface ProgressState {
  /** what is being read: a file name, or "3 files" */
  label: string;
  /** bytes read so far and in all (on disk: compressed bytes for gzip) */
  done: number;
  total: number;
  elapsedMs: number;
}

const MB = 1000 * 1000;

function mb(bytes: number): string {
  const v = bytes / MB;
  return v >= 100 ? v.toFixed(0) : v.toFixed(1);
}

function seconds(s: number): string {
  if (s < 60) return `${s < 10 ? s.toFixed(1) : s.toFixed(0)} s`;
  const whole = Math.round(s);
  const m = Math.floor(whole / 60);
  return `${m} min ${String(whole - m * 60).padStart(2, '0')} s`;
}

/** `reading results.ndjson: 123 MB of 500 MB (24%), 310 MB/s, ETA 1.2 s` */
export function progressLine(s: ProgressState): string {
  const pct = s.total > 0 ? Math.min(100, Math.floor((s.done / s.total) * 100)) : 100;
  const secs = s.elapsedMs / 1000;
  // A rate needs a moment of history; before that it would be noise.
  const rate = secs >= 0.2 ? s.done / secs : undefined;
  const eta = rate && rate > 0 ? seconds(Math.max(0, s.total - s.done) / rate) : '...';
  const speed = rate !== undefined ? `${(rate / MB).toFixed(0)} MB/s` : '... MB/s';
  return `reading ${s.label}: ${mb(s.done)} MB of ${mb(s.total)} MB (${pct}%), ${speed}, ETA ${eta}`;
}

/** The line when the read is over (Actions mode): size, time, speed. */
export function progressDoneLine(s: ProgressState): string {
  const secs = Math.max(s.elapsedMs, 1) / 1000;
  return `read ${s.label}: ${mb(s.done)} MB in ${seconds(secs)} (${(s.done / MB / secs).toFixed(0)} MB/s)`;
}

/** How to report, from where stderr goes and the environment (PERF_GATES_PROGRESS=0 turns it off). */
export function progressMode(
  stream: { isTTY?: boolean },
  env: Record<string, string | undefined>,
): ProgressMode {
  if (env.PERF_GATES_PROGRESS === '0') return 'off';
  if (env.GITHUB_ACTIONS === 'true') return 'actions';
  return stream.isTTY ? 'tty' : 'off';
}

export interface ProgressOptions {
  mode: ProgressMode;
  label: string;
  total: number;
  write: (s: string) => void;
  now: () => number;
  /** the least time between two redraws on a terminal */
  intervalMs?: number;
}

/** Feeds on byte counts; writes through `write` only as often as the mode allows. */
export class Progress {
  private done = 0;
  private readonly start: number;
  private lastDraw = -Infinity;
  private lastDecile = 0;
  private drawn = false;

  constructor(private readonly o: ProgressOptions) {
    // (no clock when off: reading it would load the performance timeline for nothing)
    this.start = o.mode === 'off' ? 0 : o.now();
  }

  private state(): ProgressState {
    return {
      label: this.o.label,
      done: this.done,
      total: this.o.total,
      elapsedMs: this.o.now() - this.start,
    };
  }

  add(bytes: number): void {
    if (this.o.mode === 'off') return;
    this.done += bytes;
    if (this.o.mode === 'tty') {
      const t = this.o.now();
      if (t - this.lastDraw < (this.o.intervalMs ?? 200)) return;
      this.lastDraw = t;
      this.o.write(`\r${progressLine(this.state())}\x1b[K`);
      this.drawn = true;
      return;
    }
    const decile = this.o.total > 0 ? Math.floor((this.done / this.o.total) * 10) : 10;
    if (decile > this.lastDecile && decile < 10) {
      this.lastDecile = decile;
      this.o.write(progressLine(this.state()) + '\n');
    }
  }

  /** The read is over (or failed): clear the terminal line, or log the total in Actions. */
  end(ok = true): void {
    if (this.o.mode === 'tty' && this.drawn) this.o.write('\r\x1b[K');
    if (this.o.mode === 'actions' && ok) this.o.write(progressDoneLine(this.state()) + '\n');
    this.drawn = false;
  }
}
