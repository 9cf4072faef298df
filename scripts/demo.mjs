// npm run demo: all four gates on the example data shipped in the repo, with the committed CLI
// bundle (exactly the code the action runs). Prints the verdicts and where the evidence is, then
// the verdict engine alone (compare, calibrate) with its detectable change per key.
// Exits 0 when the gates ran, whatever they decided.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cli = path.join(root, 'dist', 'cli', 'index.js');
if (!existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run `npm run package` first');
  process.exit(1);
}
const out = '.artifacts/demo';
rmSync(path.join(root, out), { recursive: true, force: true });
const fx = '__tests__/fixtures';
const args = [
  cli,
  'gate',
  'all',
  '--config',
  'examples/perf/perf-gates.yml',
  '--baseline-k6',
  `${fx}/k6/a-baseline/*`,
  '--candidate-k6',
  `${fx}/k6/b-optimized/*`,
  '--baseline-csv',
  'examples/perf/baseline-metrics.csv',
  '--hypotheses',
  'examples/perf/hypothesis-log.md',
  '--profiling-report',
  'examples/perf/profiling-report.md',
  '--capacity-analysis',
  'examples/perf/capacity-analysis.md',
  '--pytest-report',
  `${fx}/pytest/json-report/performance-optimized.json`,
  '--baseline-benchmark',
  `${fx}/pytest/benchmark/bench-baseline.json`,
  '--candidate-benchmark',
  `${fx}/pytest/benchmark/bench-optimized.json`,
  '--plan',
  'examples/perf/optimization-plan.json',
  '--slo-updates',
  'examples/perf/slo-updates.yml',
  '--instrumentation-log',
  'examples/perf/instrumentation-update-log.md',
  '--approvals',
  'examples/perf/approvals-example.json',
  '--monitoring-package',
  `${fx}/intake/MONITORING-PACKAGE.zip`,
  '--incident-report',
  `${fx}/intake/INCIDENT-REPORT.md`,
  '--deployment-report',
  `${fx}/intake/DEPLOYMENT-REPORT.md`,
  '--intake-backlog',
  `${fx}/intake/performance-intake-backlog.json`,
  '--artifacts-dir',
  out,
];
console.log(`$ perf-gates ${args.slice(1).join(' ')}\n`);
const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
process.stdout.write(r.stderr);
const verdicts = [...r.stderr.matchAll(/^(Gate \d: [^:]+): ([A-Z-]+)/gm)].map(
  (m) => `  ${m[1]}: ${m[2].toLowerCase()}`,
);
console.log('\nVerdicts:');
console.log(verdicts.join('\n') || '  (none: see the log above)');
console.log(
  `\nEvidence: ${out}/ (SHA256SUMS beside the files; check it with \`sha256sum -c SHA256SUMS\` or \`node dist/cli/index.js verify ${out}\`)`,
);
console.log(`Job summary (what the action writes to the workflow run) follows:\n`);
process.stdout.write(r.stdout);

// The verdict engine on its own (issue 9): one run per side, uncalibrated, then calibrated from
// a-baseline and a seeded rerun of the same build (scripts/gen-ndjson.mjs --profile baseline --seed 6).
// Shows each key's detectable change and the notes where a comparison is blind to a regression.
const key = 'http_req_duration{name:products}:p95';
const errKey = 'http_req_failed{name:products}:rate';
const base = `${fx}/k6/a-baseline/results.ndjson.gz`;
const rerun = `${fx}/k6/gen-baseline-rerun/results.ndjson.gz`;
const cand = `${fx}/k6/b-optimized/results.ndjson.gz`;
const regressed = `${fx}/k6/gen-regressed/results.ndjson.gz`;
const noise = `${out}/noise.json`;
const run = (argv) => {
  console.log(`\n$ perf-gates ${argv.join(' ')}`);
  const x = spawnSync(process.execPath, [cli, ...argv], { cwd: root, encoding: 'utf8' });
  process.stdout.write(x.stdout);
  process.stdout.write(x.stderr);
  return x.status;
};
const compare = (b, c, extra = []) =>
  run(['compare', '--baseline', b, '--candidate', c, '--key', key, '--key', errKey, ...extra]);
compare(base, cand);
run(['calibrate', base, rerun, '--out', noise]);
compare(base, cand, ['--noise', noise]);
compare(base, regressed, ['--noise', noise]);
if (r.status === 0 || r.status === 1) process.exit(0);
console.error(`\nthe gates did not run (exit ${r.status})`);
process.exit(1);
