// The monitoring package of protocol 16 (`MONITORING-PACKAGE.zip`, or the folder it unpacks to): its
// listing, and the metric exports inside it: Prometheus text exposition (`*.prom`, or any text file
// starting with `# HELP`/`# TYPE`) and CSV exports (a header with `metric` or `metric_name` and
// `value`). Pure: bytes in (the I/O layer lists a folder or hands over the zip's bytes).
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { InputError, type Warning } from '../../model.js';

export interface PackageEntry {
  /** path inside the package (forward slashes) */
  path: string;
  bytes: number;
  sha256: string;
}

export interface MetricSample {
  /** Prometheus metric name, or the CSV's metric column */
  name: string;
  labels: Record<string, string>;
  value: number;
  /** ISO time when the export gives one */
  timestamp?: string;
  unit?: string;
  /** the package entry and line it came from */
  entry: string;
  line: number;
}

export interface MonitoringPackage {
  format: 'monitoring-package';
  file: string;
  kind: 'zip' | 'folder';
  entries: PackageEntry[];
  /** entries read as metric exports */
  exports: { path: string; format: 'prometheus-text' | 'csv'; samples: number }[];
  samples: MetricSample[];
  warnings: Warning[];
}

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/** Entries of a zip file (directories skipped). A damaged zip is an InputError naming the file. */
export function unzipPackage(bytes: Uint8Array, file: string): { path: string; data: Uint8Array }[] {
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw new InputError(
      file,
      'not a zip file (no PK signature): give the monitoring package zip or its folder',
    );
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (e) {
    throw new InputError(file, `cannot read the zip: ${(e as Error).message}`);
  }
  return Object.entries(files)
    .filter(([p]) => !p.endsWith('/'))
    .map(([p, data]) => ({ path: p, data }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}

const PROM_LINE =
  /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+([-+]?(?:[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?|NaN|[-+]?Inf))(?:\s+(-?\d+))?\s*$/;

function promLabels(s: string, entry: string, line: number): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*"((?:[^"\\]|\\.)*)"\s*,?/y;
  let i = 0;
  while (i < s.length) {
    re.lastIndex = i;
    const m = re.exec(s);
    if (!m) throw new InputError(entry, `Prometheus labels not readable: {${s}}`, line);
    out[m[1]] = m[2].replace(/\\n/g, '\n').replace(/\\"/g, '"').replace(/\\\\/g, '\\');
    i = re.lastIndex;
  }
  return out;
}

/** Prometheus text exposition format 0.0.4: one sample per line; comments and blank lines skipped. */
export function parsePrometheusText(text: string, entry: string): MetricSample[] {
  const out: MetricSample[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const l = raw.trim();
    if (l === '' || l.startsWith('#')) return;
    const m = PROM_LINE.exec(l);
    if (!m) throw new InputError(entry, `not a Prometheus text-format sample: ${l.slice(0, 80)}`, i + 1);
    const value = Number(m[4].replace(/^\+?Inf$/, 'Infinity').replace(/^-Inf$/, '-Infinity'));
    if (!Number.isFinite(value)) return;
    const s: MetricSample = {
      name: m[1],
      labels: m[3] ? promLabels(m[3], entry, i + 1) : {},
      value,
      entry,
      line: i + 1,
    };
    if (m[5]) s.timestamp = new Date(Number(m[5])).toISOString();
    out.push(s);
  });
  return out;
}

const NAME_COLS = ['metric_name', 'metric', '__name__', 'name'];
const LABEL_COLS = ['service', 'job', 'container', 'pod', 'instance'];

/** A CSV metric export: header with a metric column and `value`; service/job/instance, unit, timestamp optional. */
export function parseMetricCsv(text: string, entry: string): MetricSample[] | undefined {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const fields = parsed.meta.fields ?? [];
  const nameCol = NAME_COLS.find((c) => fields.includes(c));
  if (!nameCol || !fields.includes('value')) return undefined;
  const out: MetricSample[] = [];
  parsed.data.forEach((row, i) => {
    const v = Number(row.value);
    if (!row[nameCol] || row.value === undefined || row.value.trim() === '' || !Number.isFinite(v)) return;
    const labels: Record<string, string> = {};
    for (const c of LABEL_COLS) if (row[c]) labels[c] = row[c].trim();
    const s: MetricSample = { name: row[nameCol].trim(), labels, value: v, entry, line: i + 2 };
    const ts = row.timestamp ?? row.time;
    if (ts && !Number.isNaN(Date.parse(ts))) s.timestamp = new Date(Date.parse(ts)).toISOString();
    else if (ts && /^\d{10}(\.\d+)?$/.test(ts)) s.timestamp = new Date(Number(ts) * 1000).toISOString();
    if (row.unit) s.unit = row.unit.trim();
    out.push(s);
  });
  return out;
}

function isPromText(path: string, text: string): boolean {
  if (/\.prom$/i.test(path)) return true;
  return /^\s*#\s*(HELP|TYPE)\s+[a-zA-Z_:]/.test(text.slice(0, 512));
}

/** Read a package from its entries (a zip's, or a folder's files with paths relative to it). */
export function readMonitoringPackage(
  entries: readonly { path: string; data: Uint8Array }[],
  file: string,
  kind: 'zip' | 'folder',
): MonitoringPackage {
  const warnings: Warning[] = [];
  const listing: PackageEntry[] = entries.map((e) => ({
    path: e.path,
    bytes: e.data.length,
    sha256: sha(e.data),
  }));
  const exports: MonitoringPackage['exports'] = [];
  const samples: MetricSample[] = [];
  for (const e of entries) {
    const isText = /\.(prom|txt|csv|metrics)$/i.test(e.path);
    if (!isText) continue;
    const text = Buffer.from(e.data).toString('utf8');
    const where = `${file}:${e.path}`;
    if (/\.csv$/i.test(e.path)) {
      const got = parseMetricCsv(text, where);
      if (!got) {
        warnings.push({
          file: where,
          message: 'CSV without `metric`/`metric_name` and `value` columns: listed, not read',
        });
        continue;
      }
      exports.push({ path: e.path, format: 'csv', samples: got.length });
      samples.push(...got);
    } else if (isPromText(e.path, text)) {
      const got = parsePrometheusText(text, where);
      exports.push({ path: e.path, format: 'prometheus-text', samples: got.length });
      samples.push(...got);
    }
  }
  if (entries.length === 0) warnings.push({ file, message: 'the monitoring package is empty' });
  else if (exports.length === 0)
    warnings.push({
      file,
      message: 'no metric exports (Prometheus text or CSV) in the monitoring package: listed only',
    });
  return { format: 'monitoring-package', file, kind, entries: listing, exports, samples, warnings };
}

// CPU and memory per service, and the alerts: parsers/intake/resources.ts (the gate reads them
// without loading the zip and CSV readers)
export { packageAlerts, resourceUtilization, type ResourceRow } from './resources.js';
