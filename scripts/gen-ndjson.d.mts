// Types of scripts/gen-ndjson.mjs for the tests that import it.
export function parseSize(s: string): number;
export function generate(
  file: string,
  bytes: number,
  seed?: number,
  options?: { rate?: number },
): { bytes: number; lines: number };
export function gzipFile(src: string, dst: string): Promise<void>;
