// The command line's argument layer, run in-process from the sources: per-command --help runs
// nothing and exits 0, typos get a "did you mean" and exit 2 with one line of usage.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  parseCommand,
  formatHelp,
  value,
  list,
  flag,
  UsageError,
  type CommandSpec,
} from '../src/cli/args.js';

// If a gate ran, this would record it: --help must never get this far.
const ran: string[] = [];
vi.mock('../src/run/runner.js', () => ({
  runGates: async (which: string) => {
    ran.push(which);
    return { code: 0 };
  },
}));

const { main } = await import('../src/cli/main.js');

let stdout = '';
let stderr = '';
let cwd = '';
const home = process.cwd();

beforeEach(() => {
  stdout = '';
  stderr = '';
  ran.length = 0;
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  cwd = mkdtempSync(path.join(os.tmpdir(), 'perf-gates-args-'));
  process.chdir(cwd);
});

afterEach(() => {
  vi.restoreAllMocks();
  process.chdir(home);
});

describe('help', () => {
  it('gate baseline --help exits 0, prints the gate’s inputs and writes nothing', async () => {
    expect(await main(['gate', 'baseline', '--help'])).toBe(0);
    expect(ran).toEqual([]);
    expect(readdirSync(cwd)).toEqual([]);
    expect(stdout).toMatch(/^perf-gates gate baseline: /);
    expect(stdout).toContain('--baseline-k6 <RUN>');
    // inputs of other gates and the ones the CLI sets itself are not offered
    expect(stdout).not.toContain('--candidate-k6');
    expect(stdout).not.toContain('--token');
    expect(stderr).toBe('');
  });

  it('-h anywhere, and help <command>, show the command’s help', async () => {
    for (const argv of [
      ['compare', '--help'],
      ['compare', '--baseline', 'x', '-h'],
      ['help', 'compare'],
    ]) {
      stdout = '';
      expect(await main(argv)).toBe(0);
      expect(stdout).toMatch(/^perf-gates compare: /);
      expect(stdout).toContain('--tolerance <PCT>');
    }
    expect(await main(['gate', '--help'])).toBe(0);
    expect(await main(['summarize', '--help'])).toBe(0);
    expect(await main(['verify', '--help'])).toBe(0);
    expect(ran).toEqual([]);
  });

  it('--version prints the version', async () => {
    expect(await main(['--version'])).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('errors: exit 2, a did-you-mean, one line of usage', () => {
  const oneUsageLine = () => {
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^usage: perf-gates /);
  };

  it('sumarize -> did you mean summarize', async () => {
    expect(await main(['sumarize', 'x'])).toBe(2);
    expect(stderr).toContain('unknown command "sumarize" (did you mean summarize?)');
    oneUsageLine();
    expect(stdout).toBe('');
  });

  it('compare --tolerence 5% names the option and the nearest one', async () => {
    expect(await main(['compare', '--tolerence', '5%'])).toBe(2);
    expect(stderr).toContain('unknown option --tolerence for compare (did you mean --tolerance?)');
    oneUsageLine();
    expect(stderr).toMatch(/usage: perf-gates compare --baseline/);
  });

  it('gate optimisation and --basline-k6 get suggestions; nothing runs', async () => {
    expect(await main(['gate', 'optimisation'])).toBe(2);
    expect(stderr).toContain('unknown gate "optimisation" (did you mean optimization?)');
    oneUsageLine();
    stderr = '';
    expect(await main(['gate', 'baseline', '--basline-k6', 'x'])).toBe(2);
    expect(stderr).toContain('did you mean --baseline-k6?');
    expect(ran).toEqual([]);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('unknown options on summarize are errors, not ignored', async () => {
    expect(await main(['summarize', 'x.json', '--jsn'])).toBe(2);
    expect(stderr).toContain('unknown option --jsn for summarize (did you mean --json?)');
  });

  it('missing values, values on flags, stray arguments', async () => {
    expect(await main(['compare', '--baseline', 'a', '--noise'])).toBe(2);
    expect(stderr).toContain('--noise needs a value');
    stderr = '';
    expect(await main(['summarize', 'a', '--json=yes'])).toBe(2);
    expect(stderr).toContain('--json takes no value');
    stderr = '';
    expect(await main(['verify', 'a', 'b'])).toBe(2);
    expect(stderr).toContain('verify takes at most 1 argument (unexpected "b")');
    stderr = '';
    expect(await main(['gate'])).toBe(2);
    expect(stderr).toContain('gate needs one of baseline, diagnostics');
    stderr = '';
    expect(await main(['--verison'])).toBe(2);
    expect(stderr).toContain('unknown option --verison');
  });

  it('no arguments: the usage on stderr, exit 2', async () => {
    expect(await main([])).toBe(2);
    expect(stderr).toContain('perf-gates summarize <files...>');
  });
});

describe('gate passes its inputs through', () => {
  it('repeated run inputs become lines; the local-only inputs are set by the CLI', async () => {
    expect(await main(['gate', 'baseline', '--baseline-k6', 'a', '--baseline-k6', 'b'])).toBe(0);
    expect(ran).toEqual(['baseline']);
    expect(await main(['gate', 'baseline', '--upload', 'true'])).toBe(2);
    expect(stderr).toContain('--upload is set by the command line itself');
    stderr = '';
    expect(await main(['gate', 'baseline', '--candidate-k6', 'x'])).toBe(2);
    expect(stderr).toContain(
      '--candidate-k6 is not an input of gate baseline (it is one of: optimization, compare, all)',
    );
    expect(ran).toEqual(['baseline']);
  });
});

describe('parseCommand', () => {
  const spec: CommandSpec = {
    synopsis: '[options]',
    summary: 'test',
    positionals: { min: 0, max: 3 },
    options: { base: list('files', 'x'), one: value('V', 'y'), j: flag('z') },
  };

  it('a list option takes the words after it; -- ends options', () => {
    const a = parseCommand('t', ['--base', 'a', 'b', '--one=1', 'p', '--base', 'c', '--', '--j'], spec);
    expect(a.options.get('base')).toEqual(['a', 'b', 'c']);
    expect(a.options.get('one')).toEqual(['1']);
    expect(a.positionals).toEqual(['p', '--j']);
    expect(a.flags.size).toBe(0);
  });

  it('an option’s value may not be another option', () => {
    expect(() => parseCommand('t', ['--one', '--j'], spec)).toThrow(UsageError);
  });

  it('help lists every declared option and -h', () => {
    const h = formatHelp('perf-gates', 't', spec);
    for (const s of ['--base <files...>', '--one <V>', '--j ', '-h, --help']) expect(h).toContain(s);
  });
});

describe('completion bash', () => {
  it('is valid bash made from the command table, and completes a gate’s inputs', async () => {
    expect(await main(['completion', 'bash'])).toBe(0);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-gates-comp-'));
    const script = path.join(dir, 'perf-gates.bash');
    writeFileSync(script, stdout);
    const complete = (words: string[]) =>
      spawnSync(
        'bash',
        [
          '-c',
          `source "$0"; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _perf_gates; echo "\${COMPREPLY[@]}"`,
          script,
        ],
        { encoding: 'utf8' },
      );
    expect(complete(['perf-gates', 'sum']).stdout.trim()).toBe('summarize');
    expect(complete(['perf-gates', 'compare', '--tol']).stdout.trim()).toBe('--tolerance');
    expect(complete(['perf-gates', 'gate', 'opt']).stdout.trim()).toBe('optimization');
    expect(complete(['perf-gates', 'gate', 'baseline', '--candidate']).stdout.trim()).toBe('');
    expect(complete(['perf-gates', 'gate', 'optimization', '--candidate']).stdout.trim().split(' ')).toEqual([
      '--candidate-k6',
      '--candidate-benchmark',
    ]);
    stderr = '';
    expect(await main(['completion', 'fish'])).toBe(2);
    expect(stderr).toContain('completion supports bash');
  });
});
