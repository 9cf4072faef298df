// Run a committed bundle (`node dist/<entry>/index.js`) as the Actions runner runs a JavaScript
// action: INPUT_<NAME> (upper-cased, spaces -> `_`, hyphens kept) for every input declared in
// <entry>/action.yml with its default filled in unless overridden (`${{ github.token }}` -> a fake
// token), GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, GITHUB_EVENT_PATH with a real
// `pull_request` synchronize payload whose head SHA differs from GITHUB_SHA, and the GITHUB_*,
// RUNNER_* and ACTIONS_* variables. Local GitHub and artifact servers are started for the run when
// the caller does not point GITHUB_API_URL / ACTIONS_RESULTS_URL somewhere.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { startArtifactServer } from './artifact-server.js';
import { BASE_SHA, HEAD_SHA, MERGE_SHA, startGitHubServer } from './github-server.js';

export const FAKE_TOKEN = 'ghs_faketoken000000000000000000000000000';
export const RUN_ID = '987654321';

/** A `pull_request` synchronize payload as the runner writes it (trimmed to what is read). */
export function pullRequestEvent(
  opts: {
    number?: number;
    headSha?: string;
    fork?: boolean;
    repository?: string;
    headRepoDeleted?: boolean;
  } = {},
): Record<string, unknown> {
  const repository = opts.repository ?? 'acme/orders';
  const [owner, name] = repository.split('/');
  const number = opts.number ?? 7;
  const headSha = opts.headSha ?? HEAD_SHA;
  const headRepo = opts.headRepoDeleted
    ? null
    : {
        full_name: opts.fork ? `contrib/${name}` : repository,
        fork: !!opts.fork,
        name,
        owner: { login: opts.fork ? 'contrib' : owner },
      };
  return {
    action: 'synchronize',
    number,
    before: '0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e',
    after: headSha,
    pull_request: {
      number,
      state: 'open',
      draft: false,
      title: 'Cache checkout pricing',
      html_url: `https://github.com/${repository}/pull/${number}`,
      user: { login: 'dev-carol', type: 'User' },
      head: {
        label: `${opts.fork ? 'contrib' : owner}:perf/checkout-cache`,
        ref: 'perf/checkout-cache',
        sha: headSha,
        repo: headRepo,
      },
      base: {
        label: `${owner}:main`,
        ref: 'main',
        sha: BASE_SHA,
        repo: { full_name: repository, fork: false },
      },
    },
    repository: {
      name,
      full_name: repository,
      owner: { login: owner },
      private: false,
      default_branch: 'main',
    },
    sender: { login: 'dev-carol', type: 'User' },
  };
}

/** INPUT_<NAME> as the runner spells it: upper-cased, spaces to `_`, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** The inputs an action.yml declares, with their defaults (`${{ github.token }}` -> fake token). */
export function actionDefaults(actionYmlText: string, token = FAKE_TOKEN): Record<string, string> {
  const spec = (parseYaml(actionYmlText) ?? {}) as { inputs?: Record<string, { default?: unknown } | null> };
  const out: Record<string, string> = {};
  for (const [name, meta] of Object.entries(spec.inputs ?? {})) {
    const d = meta?.default;
    out[name] = (d === undefined || d === null ? '' : String(d)).replace(
      /\$\{\{\s*github\.token\s*\}\}/g,
      token,
    );
  }
  return out;
}

export interface RunnerEnvOptions {
  inputs: Record<string, string>;
  defaults: Record<string, string>;
  dir: string;
  eventPath: string;
  cwd: string;
  env?: Record<string, string>;
  base?: NodeJS.ProcessEnv;
}

/** The environment of one action step (pure apart from its arguments). */
export function buildRunnerEnv(o: RunnerEnvOptions): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(o.base ?? process.env)) {
    if (v === undefined || /^(INPUT_|GITHUB_|ACTIONS_|RUNNER_|STATE_)/.test(k)) continue;
    env[k] = v;
  }
  for (const [name, value] of Object.entries({ ...o.defaults, ...o.inputs })) env[inputEnvName(name)] = value;
  Object.assign(env, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    GITHUB_REPOSITORY: 'acme/orders',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: o.eventPath,
    GITHUB_SHA: MERGE_SHA,
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_HEAD_REF: 'perf/checkout-cache',
    GITHUB_BASE_REF: 'main',
    GITHUB_RUN_ID: RUN_ID,
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'perf',
    GITHUB_JOB: 'perf',
    GITHUB_ACTION: 'perf-gates',
    GITHUB_ACTOR: 'dev-carol',
    GITHUB_WORKSPACE: o.cwd,
    GITHUB_OUTPUT: path.join(o.dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(o.dir, 'summary.md'),
    GITHUB_ENV: path.join(o.dir, 'env'),
    GITHUB_PATH: path.join(o.dir, 'path'),
    GITHUB_STATE: path.join(o.dir, 'state'),
    RUNNER_TEMP: o.dir,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_DEBUG: '',
    PERF_GATES_RETRY_FAST: '1',
    ...(o.env ?? {}),
  });
  return env;
}

/** Parse a GITHUB_OUTPUT file: `name=value` lines and `name<<DELIM ... DELIM` heredocs. */
export function parseGitHubOutput(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delim) value.push(lines[i++]);
      if (i >= lines.length) throw new Error(`GITHUB_OUTPUT: heredoc ${name} has no closing ${delim}`);
      out[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`GITHUB_OUTPUT: cannot parse line ${i + 1}: ${line}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

export interface RunBundleOptions {
  inputs: Record<string, string>;
  env?: Record<string, string>;
  event?: object;
  cwd?: string;
  timeoutMs?: number;
}

export interface RunBundleResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

export async function runBundle(entry: string, opts: RunBundleOptions): Promise<RunBundleResult> {
  const cwd = opts.cwd ?? ROOT;
  const dir = mkdtempSync(path.join(os.tmpdir(), `perf-gates-${entry}-`));
  const actionYml = [
    path.join(cwd, entry, 'action.yml'),
    ...(entry === 'all' ? [path.join(cwd, 'action.yml')] : []),
  ].find((p) => existsSync(p));
  const defaults = actionYml ? actionDefaults(readFileSync(actionYml, 'utf8')) : {};
  const eventPath = path.join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(opts.event ?? pullRequestEvent()));
  for (const f of ['output', 'summary.md', 'env', 'path', 'state']) writeFileSync(path.join(dir, f), '');

  const stops: (() => Promise<void>)[] = [];
  const extra: Record<string, string> = {};
  try {
    if (!opts.env?.GITHUB_API_URL) {
      const gh = await startGitHubServer();
      stops.push(() => gh.stop());
      extra.GITHUB_API_URL = gh.url;
    }
    if (!opts.env?.ACTIONS_RESULTS_URL) {
      const art = await startArtifactServer();
      stops.push(() => art.stop());
      Object.assign(extra, art.env());
    }
    const env = buildRunnerEnv({
      inputs: opts.inputs,
      defaults,
      dir,
      eventPath,
      cwd,
      env: { ...extra, ...(opts.env ?? {}) },
    });
    const main = path.join(cwd, 'dist', entry, 'index.js');
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>(
      (resolve, reject) => {
        const child = spawn(process.execPath, [main], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        let err = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        child.stderr.on('data', (d: Buffer) => (err += d.toString()));
        const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000);
        child.on('error', reject);
        child.on('close', (c, signal) => {
          clearTimeout(timer);
          resolve({ code: c ?? (signal ? 128 : 1), stdout: out, stderr: err });
        });
      },
    );
    return {
      code,
      stdout,
      stderr,
      outputs: parseGitHubOutput(readFileSync(env.GITHUB_OUTPUT, 'utf8')),
      summary: readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8'),
    };
  } finally {
    for (const stop of stops) await stop();
  }
}
