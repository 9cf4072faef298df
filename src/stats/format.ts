// One formatter for every figure a person reads: the PR comment, the job summary, the report, the
// criteria reasons and the CLI tables (it sits on the stats floor so gates, report and cli can all
// import it). Units that fit the value (ns, us, ms, s; B, kB, MB; req/s; %), three significant
// figures, no exponent. Pure. `--json` and the JSON artifacts keep raw numbers and never come here.

const TIME_TO_SECONDS: Record<string, number> = {
  ns: 1e-9,
  us: 1e-6,
  µs: 1e-6,
  μs: 1e-6,
  ms: 1e-3,
  s: 1,
};

const BYTES: Record<string, number> = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9 };

/** Three significant figures, plain digits (12300, 0.000123), `-0` shown as `0`. */
export function sig3(n: number): string {
  if (!Number.isFinite(n)) return n === Infinity ? '∞' : n === -Infinity ? '-∞' : 'n/a';
  if (n === 0) return '0';
  const a = Math.abs(n);
  if (a >= 1000) return String(Math.round(Number(n.toPrecision(3))));
  // toPrecision may answer in exponent form for small values; Number() + toFixed keeps plain digits
  const rounded = Number(n.toPrecision(3));
  const decimals = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(rounded))));
  return String(Number(rounded.toFixed(Math.min(decimals, 20))));
}

/** A time in seconds with the unit that fits it: 36.6 us, 172 us, 1.23 ms, 2.5 s. */
export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return sig3(seconds);
  const a = Math.abs(seconds);
  if (a === 0) return '0 s';
  // the unit is chosen on the rounded value so 999.96 us becomes 1 ms, not "1000 us"
  const pick = (scale: number, unit: string) => {
    const v = Number((seconds / scale).toPrecision(3));
    return Math.abs(v) >= 1000 ? undefined : `${sig3(v)} ${unit}`;
  };
  if (a < 1e-6) return pick(1e-9, 'ns') ?? pick(1e-6, 'us')!;
  if (a < 1e-3) return pick(1e-6, 'us') ?? pick(1e-3, 'ms')!;
  if (a < 1) return pick(1e-3, 'ms') ?? `${sig3(seconds)} s`;
  return `${sig3(seconds)} s`;
}

function formatBytes(bytes: number): string {
  const a = Math.abs(bytes);
  if (a < 1000) return `${sig3(bytes)} B`;
  if (a < 999_500) return `${sig3(bytes / 1e3)} kB`;
  if (a < 999_500_000) return `${sig3(bytes / 1e6)} MB`;
  return `${sig3(bytes / 1e9)} GB`;
}

/**
 * A value with its unit, scaled to fit: `formatQuantity(0.0000366, 's')` is `36.6 us`,
 * `formatQuantity(54.03, 'ms')` is `54 ms`, `formatQuantity(0.25, '%')` is `0.25%`. An unknown unit
 * is appended as written (the caller escapes it when it came from an input file).
 */
export function formatQuantity(value: number | null | undefined, unit?: string | null): string {
  if (value === null || value === undefined || Number.isNaN(value)) return 'n/a';
  // zero keeps its own unit (a k6 min of 0 ms is "0 ms", not "0 s")
  if (value === 0 && unit && (unit in TIME_TO_SECONDS || unit in BYTES))
    return `0 ${unit === 'µs' || unit === 'μs' ? 'us' : unit}`;
  if (unit && unit in TIME_TO_SECONDS) return formatSeconds(value * TIME_TO_SECONDS[unit]);
  if (unit && unit in BYTES) return formatBytes(value * BYTES[unit]);
  if (unit === '%') return `${sig3(value)}%`;
  if (unit === '/s' || unit === 'req/s' || unit === 'rps') return `${sig3(value)} req/s`;
  return unit ? `${sig3(value)} ${unit}` : sig3(value);
}

/** A signed percentage, three significant figures: `+95.3%`, `-29.1%`, `0%`. */
export function formatPct(pct: number | null | undefined): string {
  if (pct === null || pct === undefined || Number.isNaN(pct)) return 'n/a';
  if (pct === Infinity) return '+∞%';
  if (pct === -Infinity) return '-∞%';
  const s = sig3(pct);
  return s === '0' ? '0%' : `${pct > 0 ? '+' : ''}${s}%`;
}

/**
 * The change of candidate over baseline from a ratio and its interval, in percent:
 * `+95.3% (+62.1% to +140%)`; without an interval only the change.
 */
export function formatChange(
  ratio: number | null | undefined,
  lower?: number | null,
  upper?: number | null,
): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio))
    return ratio === Infinity ? '+∞%' : 'n/a';
  const change = formatPct((ratio - 1) * 100);
  if (
    lower === null ||
    lower === undefined ||
    upper === null ||
    upper === undefined ||
    !Number.isFinite(lower) ||
    !Number.isFinite(upper)
  )
    return change;
  return `${change} (${formatPct((lower - 1) * 100)} to ${formatPct((upper - 1) * 100)})`;
}

/**
 * One display unit for a set of values of one unit (a chart's axis): the unit that fits the
 * largest value, and the factor to multiply raw values by. Time and bytes are rescaled; anything
 * else keeps its unit.
 */
export function scaleFor(values: readonly number[], unit?: string | null): { factor: number; unit: string } {
  const finite = values.filter((v) => Number.isFinite(v)).map(Math.abs);
  const max = finite.length ? Math.max(...finite) : 0;
  if (unit && unit in TIME_TO_SECONDS) {
    const s = max * TIME_TO_SECONDS[unit];
    const [scale, u] = s >= 1 ? [1, 's'] : s >= 1e-3 ? [1e-3, 'ms'] : s >= 1e-6 ? [1e-6, 'us'] : [1e-9, 'ns'];
    return { factor: TIME_TO_SECONDS[unit] / scale, unit: u };
  }
  if (unit && unit in BYTES) {
    const b = max * BYTES[unit];
    const [scale, u] = b >= 1e9 ? [1e9, 'GB'] : b >= 1e6 ? [1e6, 'MB'] : b >= 1e3 ? [1e3, 'kB'] : [1, 'B'];
    return { factor: BYTES[unit] / scale, unit: u };
  }
  if (unit === '/s' || unit === 'rps') return { factor: 1, unit: 'req/s' };
  return { factor: 1, unit: unit ?? '' };
}
