// The worker-thread path runs only inside a bundle (the sources under vitest parse in-thread), so
// this runs the committed CLI bundle with PERF_GATES_NDJSON_WORKERS=0, =1 and =2 on the same inputs:
// the output must be byte-identical (entries, thresholds, warnings with their line numbers).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const root = path.join(__dirname, '..');
const cli = process.env.PERF_GATES_CLI ?? path.join(root, 'dist', 'cli', 'index.js');
const FIX = path.join(__dirname, 'fixtures');

function summarize(file: string, workers: number): string {
  return execFileSync(process.execPath, [cli, 'summarize', '--json', file], {
    env: { ...process.env, PERF_GATES_NDJSON_WORKERS: String(workers) },
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
}

describe.skipIf(!existsSync(cli))('NDJSON in worker threads (dist/cli bundle)', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'k6-ndjson-workers-'));
  // ~15 MB: several 1 MiB chunks, so the worker and the reading thread may each get some; a log line and a foreign JSON line
  // far into the file; a truncated last line
  const base = gunzipSync(readFileSync(path.join(FIX, 'k6/d-thresholds/results.ndjson.gz'))).toString('utf8');
  const body = base.split('\n').filter(Boolean);
  const lines: string[] = [];
  for (let r = 0; r < 4; r++) lines.push(...body);
  lines.splice(40_000, 0, 'time="2026-11-22T09:22:35Z" level=warn msg="Request Failed"');
  lines.splice(55_000, 0, '{"some":"other json"}');
  const text = lines.join('\n') + '\n' + body[100].slice(0, 50);
  const plain = path.join(tmp, 'big.ndjson');
  const gz = path.join(tmp, 'big.ndjson.gz');
  writeFileSync(plain, text);
  writeFileSync(gz, gzipSync(text));

  it.each([plain, gz, path.join(FIX, 'k6/a-baseline/results.ndjson.gz')])(
    'same output with 0, 1 and 2 workers: %s',
    (f) => {
      const a = summarize(f, 0);
      expect(summarize(f, 1)).toBe(a);
      expect(summarize(f, 2)).toBe(a);
      if (f !== plain) return;
      expect(a).toContain('line 40001 is not JSON');
      expect(a).toContain('line 55001 is JSON but not a k6 line');
      expect(a).toContain(`truncated last line ${lines.length + 1}`);
    },
  );
});
