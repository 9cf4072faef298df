// What gate 1 takes from a monitoring package once read (parsers/intake/monitoring.ts): CPU and
// memory per service from its metric exports, and the alerts it carries. Apart from the readers, so
// the gate loads no zip or CSV library. Pure.
import type { MetricSample, MonitoringPackage } from './monitoring.js';

export interface ResourceRow {
  metric_name: 'cpu_utilization' | 'memory_utilization' | 'memory_bytes';
  service: string;
  value: number;
  unit: string;
  timestamp: string | null;
  samples: number;
  /** export name(s) and where: `MONITORING-PACKAGE.zip:metrics/cpu.prom` */
  collection_method: string;
  sources: { entry: string; metric: string }[];
}

function classify(
  s: MetricSample,
): { metric: ResourceRow['metric_name']; value: number; unit: string } | undefined {
  const n = s.name.toLowerCase();
  const unit = (s.unit ?? '').toLowerCase();
  const pctUnit = unit === '%' || unit === 'percent';
  if (
    n.includes('cpu') &&
    /(utili[sz]ation|usage|percent|ratio)/.test(n) &&
    !/seconds_total|_total$/.test(n)
  ) {
    if (n.endsWith('_ratio') || unit === 'ratio')
      return { metric: 'cpu_utilization', value: s.value * 100, unit: '%' };
    if (pctUnit || n.includes('percent') || n.includes('utili'))
      return { metric: 'cpu_utilization', value: s.value, unit: '%' };
    return undefined;
  }
  if (n.includes('memory') || n.includes('mem_')) {
    if (n.endsWith('_ratio') || unit === 'ratio')
      return { metric: 'memory_utilization', value: s.value * 100, unit: '%' };
    if (pctUnit || n.includes('percent') || n.includes('utili'))
      return { metric: 'memory_utilization', value: s.value, unit: '%' };
    if (n.endsWith('_bytes') || unit === 'b' || unit === 'bytes')
      return { metric: 'memory_bytes', value: s.value, unit: 'B' };
  }
  return undefined;
}

function serviceOf(s: MetricSample): string | undefined {
  for (const k of ['service', 'job', 'container', 'app', 'pod']) if (s.labels[k]) return s.labels[k];
  return undefined;
}

/** CPU and memory per service from the package's exports: the mean of the samples, the latest time. */
export function resourceUtilization(pkg: MonitoringPackage): ResourceRow[] {
  const groups = new Map<
    string,
    {
      metric: ResourceRow['metric_name'];
      service: string;
      unit: string;
      vals: number[];
      times: string[];
      src: Map<string, { entry: string; metric: string }>;
    }
  >();
  for (const s of pkg.samples) {
    const c = classify(s);
    const service = serviceOf(s);
    if (!c || !service) continue;
    const k = `${c.metric}\0${service}`;
    let g = groups.get(k);
    if (!g) {
      g = { metric: c.metric, service, unit: c.unit, vals: [], times: [], src: new Map() };
      groups.set(k, g);
    }
    g.vals.push(c.value);
    if (s.timestamp) g.times.push(s.timestamp);
    g.src.set(`${s.entry}\0${s.name}`, { entry: s.entry, metric: s.name });
  }
  return [...groups.values()]
    .map((g) => {
      const sources = [...g.src.values()];
      return {
        metric_name: g.metric,
        service: g.service,
        value: Math.round((g.vals.reduce((a, b) => a + b, 0) / g.vals.length) * 100) / 100,
        unit: g.unit,
        timestamp: g.times.length ? g.times.sort()[g.times.length - 1] : null,
        samples: g.vals.length,
        collection_method: `monitoring package export ${sources.map((s) => `${s.entry} (${s.metric})`).join(', ')}${g.vals.length > 1 ? `, mean of ${g.vals.length} samples` : ''}`,
        sources,
      };
    })
    .sort((a, b) => (a.service + a.metric_name < b.service + b.metric_name ? -1 : 1));
}

/** Firing alerts the exports carry: Prometheus' `ALERTS{alertname, alertstate="firing"}` series. */
export function packageAlerts(
  pkg: MonitoringPackage,
): { alertname: string; labels: Record<string, string>; entry: string; line: number }[] {
  return pkg.samples
    .filter((s) => s.name === 'ALERTS' && s.value > 0 && (s.labels.alertstate ?? 'firing') === 'firing')
    .map((s) => ({
      alertname: s.labels.alertname ?? '(unnamed)',
      labels: s.labels,
      entry: s.entry,
      line: s.line,
    }));
}
