// PERFORMANCE-REPORT.md: the evidence, every artifact with its checksum.
import { escapeInline, formatNumber, inlineCode } from '../markdown.js';
import { type PerformanceReportInput, table } from './common.js';

export function evidence(input: PerformanceReportInput): string[] {
  const out = ['## 7. Evidence', ''];
  out.push(
    `Every file is in ${input.artifactsDir ? inlineCode(input.artifactsDir.replace(/\/*$/, '/'), 200) : 'the folder of this report'} (and in this gate's artifact), listed in \`SHA256SUMS\` (\`sha256sum -c SHA256SUMS\` verifies the set) and in \`performance-report-manifest.json\`.`,
    '',
  );
  const docs = input.documentation;
  const written = new Set(input.written ?? []);
  const required = docs?.required ?? [];
  if (required.length) {
    out.push(
      `Documentation completeness: ${docs ? `${formatNumber(docs.percentage)}%` : 'n/a'} (${docs?.counted.length ?? 0}/${required.length} protocol artifacts).`,
      '',
    );
    out.push(
      table(
        ['Artifact', 'Status', 'SHA-256'],
        required.map((name) => {
          const check = input.checks.find((c) => c.name === name);
          const miss = docs?.missing.find((m) => m.name === name);
          const status = miss
            ? `❌ ${escapeInline(miss.reason, 200)}`
            : name === 'instrumentation-update-log.md' && written.has(name)
              ? "✅ the team's log, copied byte for byte by this gate"
              : written.has(name)
                ? '✅ written by this gate'
                : '✅ present, checksum verified';
          const hash = check?.actual
            ? inlineCode(check.actual)
            : check?.expected
              ? inlineCode(check.expected)
              : written.has(name)
                ? 'in SHA256SUMS'
                : 'n/a';
          return [inlineCode(name), status, hash];
        }),
      ),
      '',
    );
  }
  const others = input.checks.filter((c) => !required.includes(c.name));
  if (others.length) {
    out.push(
      'Other evidence verified:',
      '',
      table(
        ['File', 'Status', 'SHA-256'],
        others.map((c) => [
          inlineCode(c.name),
          c.ok
            ? '✅ verified'
            : `❌ ${escapeInline(c.reason ?? (c.present ? 'checksum mismatch' : 'missing'), 200)}`,
          c.actual ? inlineCode(c.actual) : c.expected ? inlineCode(c.expected) : 'n/a',
        ]),
      ),
      '',
    );
  }
  return out;
}
