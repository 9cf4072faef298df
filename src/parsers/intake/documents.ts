// The intake documents of protocol-18's prerequisites besides the monitoring package:
// INCIDENT-REPORT.md (protocol 17), DEPLOYMENT-REPORT.md (protocol 15) and
// performance-intake-backlog.json (previous cycles). Pure: text in, what gate 1 cites out. Nothing
// is invented: a section that is not there is absent.
import { InputError, type MarkdownDataset } from '../../model.js';
import { parseJsonText } from '../text/json.js';
import { parseMarkdown } from '../markdown/index.js';

export interface SectionQuote {
  title: string;
  line: number;
  text: string;
}

export interface IncidentReport {
  format: 'incident-report';
  file: string;
  title?: string;
  /** the `Business impact` (or `Impact`) section, as written */
  businessImpact?: SectionQuote;
  /** list items of an `Alerts` section */
  alerts: { text: string; line: number }[];
  timeline?: SectionQuote;
  doc: MarkdownDataset;
}

export interface DeploymentReport {
  format: 'deployment-report';
  file: string;
  title?: string;
  sections: string[];
  doc: MarkdownDataset;
}

export interface IntakeBacklog {
  format: 'intake-backlog';
  file: string;
  items: { id: string | null; title: string | null; priority: string | null; status: string | null }[];
}

/** A section's own text and that of its sub-sections, up to the next section of the same or higher level. */
function sectionWithChildren(doc: MarkdownDataset, i: number): string {
  const s = doc.sections[i];
  const parts = [s.body];
  for (let j = i + 1; j < doc.sections.length && doc.sections[j].level > s.level; j++)
    parts.push(`${doc.sections[j].title}\n${doc.sections[j].body}`);
  return parts.join('\n').trim();
}

function findSection(doc: MarkdownDataset, ...patterns: RegExp[]): SectionQuote | undefined {
  for (const p of patterns) {
    const i = doc.sections.findIndex((s) => p.test(s.title));
    if (i >= 0) {
      const text = sectionWithChildren(doc, i);
      if (text) return { title: doc.sections[i].title, line: doc.sections[i].line, text };
    }
  }
  return undefined;
}

export function parseIncidentReport(text: string, file: string): IncidentReport {
  const doc = parseMarkdown(text, file);
  if (!doc.text.trim()) throw new InputError(file, 'the incident report is empty');
  const alertsSec = doc.sections.findIndex((s) => /^alerts?\b/i.test(s.title.trim()));
  const alerts: IncidentReport['alerts'] = [];
  if (alertsSec >= 0) {
    const s = doc.sections[alertsSec];
    s.body.split(/\r?\n/).forEach((l, k) => {
      const m = /^\s*(?:[-*+]|\d+[.)])\s+(.+)$/.exec(l);
      if (m) alerts.push({ text: m[1].trim(), line: s.line + 1 + k });
    });
  }
  const r: IncidentReport = { format: 'incident-report', file, alerts, doc };
  if (doc.title) r.title = doc.title;
  const impact = findSection(doc, /business\s+impact/i, /^impact\b/i, /customer\s+impact/i);
  if (impact) r.businessImpact = impact;
  const timeline = findSection(doc, /timeline/i);
  if (timeline) r.timeline = timeline;
  return r;
}

export function parseDeploymentReport(text: string, file: string): DeploymentReport {
  const doc = parseMarkdown(text, file);
  if (!doc.text.trim()) throw new InputError(file, 'the deployment report is empty');
  const r: DeploymentReport = {
    format: 'deployment-report',
    file,
    sections: doc.sections.map((s) => s.title),
    doc,
  };
  if (doc.title) r.title = doc.title;
  return r;
}

const str = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null;

/** A list of backlog items, or an object holding one under `items`, `backlog` or `entries`. */
export function parseIntakeBacklog(text: string, file: string): IntakeBacklog {
  const doc = parseJsonText(text, file);
  let list: unknown;
  if (Array.isArray(doc)) list = doc;
  else if (doc && typeof doc === 'object') {
    const o = doc as Record<string, unknown>;
    list = o.items ?? o.backlog ?? o.entries;
  }
  if (!Array.isArray(list))
    throw new InputError(
      file,
      'performance intake backlog: expected a list of items (or `items`, `backlog` or `entries` holding one)',
      1,
    );
  const items = list.map((it, i) => {
    if (!it || typeof it !== 'object' || Array.isArray(it))
      throw new InputError(file, `performance intake backlog: item ${i} is not an object`);
    const o = it as Record<string, unknown>;
    return {
      id: str(o.id ?? o.key),
      title: str(o.title ?? o.summary ?? o.name),
      priority: str(o.priority ?? o.severity),
      status: str(o.status ?? o.state),
    };
  });
  return { format: 'intake-backlog', file, items };
}
