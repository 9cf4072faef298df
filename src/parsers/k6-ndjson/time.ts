// RFC 3339 timestamps as k6 writes them (`2026-11-22T09:22:15.010100264Z`, `...+02:00`), parsed
// cheaply: the `YYYY-MM-DDTHH:MM` prefix and the zone are parsed once with Date.parse and cached;
// seconds and the fraction (up to ns) are added by hand. Result: milliseconds since the epoch.

export class TimeParser {
  private prefix = '';
  private zone = '';
  private base = Number.NaN;
  /** bumped whenever the cached prefix, zone and base change (the WebAssembly scanner copies them) */
  version = 0;

  // the last timestamp text parsed (k6 writes the samples of one request with the same time); a
  // slice of the current decoded piece, so at most one piece is kept alive by it
  private lastText = '';
  private lastMs = Number.NaN;

  /** Milliseconds since the epoch of s[start, end), or NaN when it is not RFC 3339. */
  parse(s: string, start: number, end: number): number {
    const text = s.slice(start, end);
    if (text === this.lastText) return this.lastMs;
    const ms = this.parseNew(s, start, end);
    this.lastText = text;
    this.lastMs = ms;
    return ms;
  }

  private parseNew(s: string, start: number, end: number): number {
    if (end - start < 20 || s.charCodeAt(start + 16) !== 58 /* : */) return this.slow(s.slice(start, end));
    const s1 = s.charCodeAt(start + 17) - 48;
    const s2 = s.charCodeAt(start + 18) - 48;
    if (s1 < 0 || s1 > 6 || s2 < 0 || s2 > 9) return this.slow(s.slice(start, end));
    let i = start + 19;
    let frac = 0;
    let scale = 1;
    if (s.charCodeAt(i) === 46 /* . */) {
      i++;
      const f0 = i;
      for (; i < end; i++) {
        const d = s.charCodeAt(i) - 48;
        if (d < 0 || d > 9) break;
        if (i - f0 < 9) {
          frac = frac * 10 + d;
          scale *= 10;
        }
      }
      if (i === f0) return this.slow(s.slice(start, end));
    }
    const zl = end - i;
    let base: number;
    if (zl === this.zone.length && zl > 0 && this.same(s, start, i)) {
      base = this.base;
    } else {
      if (zl !== 1 && zl !== 6) return this.slow(s.slice(start, end));
      // flattened copies: these strings outlive the chunk they were cut from
      const prefix = flat(s.slice(start, start + 16));
      const zone = flat(s.slice(i, end));
      base = Date.parse(`${prefix}:00${zone}`);
      if (base !== base) return Number.NaN;
      this.prefix = prefix;
      this.zone = zone;
      this.base = base;
      this.version++;
    }
    return base + (s1 * 10 + s2) * 1000 + (frac * 1000) / scale;
  }

  /**
   * The cached minute prefix (`YYYY-MM-DDTHH:MM`), zone and their epoch ms: a text with that prefix
   * and zone, seconds and a fraction is base + seconds * 1000 + fraction * 1000 / scale.
   */
  cache(): { prefix: string; zone: string; base: number } | undefined {
    return this.zone.length > 0 ? { prefix: this.prefix, zone: this.zone, base: this.base } : undefined;
  }

  /** s has the cached minute prefix at start and the cached zone at zs (compared char by char: no allocation). */
  private same(s: string, start: number, zs: number): boolean {
    const pre = this.prefix;
    for (let k = 15; k >= 0; k--) if (s.charCodeAt(start + k) !== pre.charCodeAt(k)) return false;
    const zone = this.zone;
    for (let k = zone.length - 1; k >= 0; k--) if (s.charCodeAt(zs + k) !== zone.charCodeAt(k)) return false;
    return true;
  }

  private slow(text: string): number {
    // Other RFC 3339 spellings (lower-case t/z, no seconds fraction handled above): Date.parse
    // keeps ms only, which is enough for the rare line that takes this path.
    if (!/^\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)$/.test(text)) return Number.NaN;
    return Date.parse(text.replace(' ', 'T').toUpperCase());
  }
}

/** A copy of `s` that does not keep a larger parent string alive (V8 sliced strings). */
export function flat(s: string): string {
  return Buffer.from(s, 'latin1').toString('latin1');
}
