// Progress on long reads: the line's figures, how often each mode writes, and the reader driving a
// fake terminal on a real file over 50 MB (stderr only: stdout untouched).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Progress, progressDoneLine, progressLine, progressMode } from '../src/io/progress.js';
import { readNdjsonFiles, type ChunkParser } from '../src/io/ndjson-read.js';

const MB = 1e6;

describe('progressLine', () => {
  it('bytes read of the total, percent, MB/s and ETA', () => {
    expect(progressLine({ label: 'results.ndjson', done: 123 * MB, total: 500 * MB, elapsedMs: 400 })).toBe(
      'reading results.ndjson: 123 MB of 500 MB (24%), 308 MB/s, ETA 1.2 s',
    );
    expect(progressLine({ label: '3 files', done: 2.5 * MB, total: 5000 * MB, elapsedMs: 1000 })).toBe(
      'reading 3 files: 2.5 MB of 5000 MB (0%), 3 MB/s, ETA 33 min 19 s',
    );
  });

  it('no rate before a moment of history; the done line has size, time and speed', () => {
    expect(progressLine({ label: 'a', done: 1 * MB, total: 100 * MB, elapsedMs: 50 })).toMatch(
      /\.\.\. MB\/s, ETA \.\.\.$/,
    );
    expect(progressDoneLine({ label: 'a', done: 500 * MB, total: 500 * MB, elapsedMs: 2000 })).toBe(
      'read a: 500 MB in 2.0 s (250 MB/s)',
    );
  });
});

describe('progressMode', () => {
  it('Actions, a terminal, or nothing; PERF_GATES_PROGRESS=0 turns it off', () => {
    expect(progressMode({ isTTY: true }, {})).toBe('tty');
    expect(progressMode({}, {})).toBe('off');
    expect(progressMode({}, { GITHUB_ACTIONS: 'true' })).toBe('actions');
    expect(progressMode({ isTTY: true }, { PERF_GATES_PROGRESS: '0' })).toBe('off');
  });
});

function drive(mode: 'tty' | 'actions', steps: number, msPerStep: number) {
  let t = 0;
  const out: string[] = [];
  const p = new Progress({
    mode,
    label: 'big.ndjson',
    total: 500 * MB,
    write: (s) => out.push(s),
    now: () => t,
  });
  for (let i = 0; i < steps; i++) {
    t += msPerStep;
    p.add((500 * MB) / steps);
  }
  p.end();
  return out;
}

describe('Progress', () => {
  it('a terminal: one line redrawn in place at most every 200 ms, cleared at the end', () => {
    const out = drive('tty', 500, 5); // 2.5 s of reading, a tick each 5 ms
    const draws = out.filter((s) => s.startsWith('\rreading '));
    expect(draws.length).toBeGreaterThanOrEqual(10);
    expect(draws.length).toBeLessThanOrEqual(13);
    for (const d of draws) {
      expect(d.endsWith('\x1b[K')).toBe(true);
      expect(d.slice(1, -3)).toMatch(
        /^reading big\.ndjson: .* MB of 500 MB \(\d+%\), (\d+|\.\.\.) MB\/s, ETA .+$/,
      );
    }
    expect(out.at(-1)).toBe('\r\x1b[K');
    expect(out.join('')).not.toContain('\n');
  });

  it('GitHub Actions: at most one log line per 10%, then the total', () => {
    const out = drive('actions', 1000, 3);
    expect(out).toHaveLength(10);
    expect(out.slice(0, 9).map((s) => /\((\d+)%\)/.exec(s)?.[1])).toEqual([
      '10',
      '20',
      '30',
      '40',
      '50',
      '60',
      '70',
      '80',
      '90',
    ]);
    expect(out[9]).toMatch(/^read big\.ndjson: 500 MB in 3\.0 s/);
    for (const s of out) expect(s.endsWith('\n') && !s.includes('\r')).toBe(true);
  });

  it('off writes nothing', () => {
    const out: string[] = [];
    const p = new Progress({ mode: 'off', label: 'x', total: 1, write: (s) => out.push(s), now: () => 0 });
    p.add(1);
    p.end();
    expect(out).toEqual([]);
  });
});

describe('the NDJSON reader', () => {
  let dir = '';
  afterEach(() => {
    vi.restoreAllMocks();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const countingParser = (): ChunkParser<number, never> => {
    let lines = 0;
    return {
      push: (buf) => {
        for (let i = 0; i < buf.length; i++) if (buf[i] === 10) lines++;
      },
      takeLearned: () => [],
      learn: () => undefined,
      snapshot: () => lines,
    };
  };

  function bigFile(bytes: number): string {
    dir = mkdtempSync(path.join(os.tmpdir(), 'perf-gates-progress-'));
    const line = Buffer.from(
      '{"type":"Point","metric":"http_req_duration","data":{"time":"2026-01-01T00:00:00Z","value":12.5,"tags":{"name":"x"}}}\n',
    );
    const f = path.join(dir, 'big.ndjson');
    writeFileSync(f, Buffer.concat(Array.from({ length: Math.ceil(bytes / line.length) }, () => line)));
    return f;
  }

  it('a file over 50 MB on a terminal shows progress on stderr, never on stdout', async () => {
    const file = bigFile(55 * MB);
    const stdout = vi.spyOn(process.stdout, 'write');
    const writes: string[] = [];
    let t = 0;
    const { parts } = await readNdjsonFiles([file], {
      parser: countingParser,
      maxLineBytes: 1 << 20,
      tooLongLine: 'too long',
      progress: {
        stream: { isTTY: true, write: (s: string) => writes.push(s) },
        env: {},
        now: () => (t += 50),
      },
    });
    expect(parts[0][0]).toBeGreaterThan(400_000);
    const draws = writes.filter((s) => s.startsWith('\rreading big.ndjson: '));
    expect(draws.length).toBeGreaterThan(3);
    expect(draws.at(-1)).toMatch(/of 55\.0 MB \(\d+%\), \d+ MB\/s, ETA /);
    expect(writes.at(-1)).toBe('\r\x1b[K');
    expect(stdout).not.toHaveBeenCalled();
  });

  it('under 50 MB, or not a terminal: nothing', async () => {
    const file = bigFile(55 * MB);
    const writes: string[] = [];
    await readNdjsonFiles([file], {
      parser: countingParser,
      maxLineBytes: 1 << 20,
      tooLongLine: 'too long',
      progress: { stream: { isTTY: false, write: (s: string) => writes.push(s) }, env: {} },
    });
    await readNdjsonFiles([file], {
      parser: countingParser,
      maxLineBytes: 1 << 20,
      tooLongLine: 'too long',
      progress: { stream: { isTTY: true, write: (s: string) => writes.push(s) }, env: {}, minBytes: 60 * MB },
    });
    expect(writes).toEqual([]);
  });
});
