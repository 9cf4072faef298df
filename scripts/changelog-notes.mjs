// Print the CHANGELOG.md section of one version (the release notes of its GitHub release).
// Usage: node scripts/changelog-notes.mjs 1.2.3 [CHANGELOG.md]
// Exits 1 naming the problem when the section is missing or empty: no release without notes.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The body of `## [version]` in a Keep a Changelog document, trimmed; undefined when absent. */
export function notesFor(changelog, version) {
  const lines = changelog.replace(/\r\n/g, '\n').split('\n');
  const esc = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const head = new RegExp(`^## \\[${esc}\\](?:\\s|$)`);
  const start = lines.findIndex((l) => head.test(l));
  if (start < 0) return undefined;
  let end = start + 1;
  while (end < lines.length && !/^## /.test(lines[end]) && !/^\[[^\]]+\]:\s/.test(lines[end])) end++;
  return lines
    .slice(start + 1, end)
    .join('\n')
    .trim();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [version, file = 'CHANGELOG.md'] = process.argv.slice(2);
  if (!version || !/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(version)) {
    process.stderr.write('usage: node scripts/changelog-notes.mjs <x.y.z> [CHANGELOG.md]\n');
    process.exit(2);
  }
  const notes = notesFor(readFileSync(file, 'utf8'), version);
  if (notes === undefined) {
    process.stderr.write(`${file}: no "## [${version}]" section: write the release notes first\n`);
    process.exit(1);
  }
  if (!notes) {
    process.stderr.write(`${file}: the "## [${version}]" section is empty\n`);
    process.exit(1);
  }
  process.stdout.write(notes + '\n');
}
