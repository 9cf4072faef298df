export const id = 876;
export const ids = [876];
export const modules = {

/***/ 29687:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MT: () => (/* binding */ spreadsheetSafe),
/* harmony export */   S8: () => (/* binding */ fromSpreadsheetSafe),
/* harmony export */   _m: () => (/* binding */ spreadsheetSafeCsv)
/* harmony export */ });
// Spreadsheet-safe CSV cells (OWASP "CSV Injection"): a text cell that begins with `=`, `+`, `-`,
// `@`, tab or carriage return and is not a number is written with a leading `'`, so a spreadsheet
// shows it as text instead of running it as a formula (`=HYPERLINK(...)`, `@SUM(...)`, `+cmd|...`).
// A cell that already begins with quotes before such a character gets one more quote, so reading
// removes exactly one and every cell round-trips. Pure.
const FORMULA_START = /^'*[=+\-@\t\r]/;
const QUOTED_FORMULA = /^'+[=+\-@\t\r]/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** The cell as written into a CSV file: a leading `'` when a spreadsheet would take it as a formula. */
function spreadsheetSafe(cell) {
    return FORMULA_START.test(cell) && !NUMBER.test(cell) ? `'${cell}` : cell;
}
/** The inverse of spreadsheetSafe: removes exactly the one `'` it adds. */
function fromSpreadsheetSafe(cell) {
    if (!QUOTED_FORMULA.test(cell))
        return cell;
    const inner = cell.slice(1);
    return NUMBER.test(inner) ? cell : inner;
}
/** A raw cell of a CSV file made safe so that it still reads back as the reader reads it now. */
function safeRaw(raw) {
    return spreadsheetSafe(fromSpreadsheetSafe(raw));
}
/**
 * A CSV text with every cell made spreadsheet-safe (reading the result gives the same values as
 * reading `text`: an already safe `'=x` stays as it is) and every other byte kept (RFC 4180 fields:
 * quoted fields stay quoted, with the `'` inside the quotes; line ends are kept as they are).
 */
function spreadsheetSafeCsv(text) {
    let out = '';
    let i = 0;
    const n = text.length;
    const endOfField = (c) => c === undefined || c === ',' || c === '\n' || c === '\r';
    for (;;) {
        if (text[i] === '"') {
            let j = i + 1;
            let value = '';
            while (j < n) {
                if (text[j] === '"') {
                    if (text[j + 1] === '"') {
                        value += '"';
                        j += 2;
                        continue;
                    }
                    break;
                }
                value += text[j];
                j++;
            }
            const end = Math.min(j + 1, n);
            out += safeRaw(value) !== value ? `"'${text.slice(i + 1, end)}` : text.slice(i, end);
            i = end;
            // anything between the closing quote and the delimiter (malformed) is kept as it is
            while (!endOfField(text[i]))
                out += text[i++];
        }
        else {
            let j = i;
            while (!endOfField(text[j]))
                j++;
            out += safeRaw(text.slice(i, j));
            i = j;
        }
        if (i >= n)
            return out;
        if (text[i] === ',') {
            out += ',';
            i++;
        }
        else if (text[i] === '\r' && text[i + 1] === '\n') {
            out += '\r\n';
            i += 2;
        }
        else {
            out += text[i++];
        }
    }
}


/***/ }),

/***/ 83876:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DETECT_HEAD_BYTES: () => (/* reexport */ parsers_sniff/* DETECT_HEAD_BYTES */.ZM),
  FORMATS: () => (/* binding */ FORMATS),
  LOOKED_FOR: () => (/* reexport */ parsers_sniff/* LOOKED_FOR */.Fb),
  REQUIRED_COLUMNS: () => (/* reexport */ REQUIRED_COLUMNS),
  approvalsFrom: () => (/* reexport */ approvalsFrom),
  decodeText: () => (/* reexport */ decode/* decodeText */.g7),
  detectFormat: () => (/* reexport */ detect/* detectFormat */.T),
  detectWith: () => (/* reexport */ parsers_sniff/* detectWith */.MM),
  formatMetricKey: () => (/* reexport */ keys/* formatMetricKey */.dw),
  formatPath: () => (/* reexport */ json/* formatPath */.jV),
  headStages: () => (/* reexport */ parsers_sniff/* headStages */.wr),
  isValidTimestamp: () => (/* reexport */ isValidTimestamp),
  junitNodeid: () => (/* reexport */ junitNodeid),
  k6SummaryShapeOf: () => (/* reexport */ k6SummaryShapeOf),
  lineColumnAt: () => (/* reexport */ decode/* lineColumnAt */.IX),
  locateJsonPath: () => (/* reexport */ json/* locateJsonPath */.Od),
  markersFromKeywords: () => (/* reexport */ markersFromKeywords),
  noiseFileSchema: () => (/* reexport */ noiseFileSchema),
  normalizeStat: () => (/* reexport */ keys/* normalizeStat */._j),
  parseApprovals: () => (/* reexport */ parseApprovals),
  parseBaselineCsv: () => (/* reexport */ parseBaselineCsv),
  parseDocument: () => (/* binding */ parseDocument),
  parseJsonText: () => (/* reexport */ json/* parseJsonText */.lk),
  parseJunit: () => (/* reexport */ parseJunit),
  parseK6Summary: () => (/* reexport */ parseK6Summary),
  parseMarkdown: () => (/* reexport */ markdown/* parseMarkdown */.D),
  parseMetricKey: () => (/* reexport */ keys/* parseMetricKey */.$4),
  parseNoise: () => (/* reexport */ parseNoise),
  parseOptimizationPlan: () => (/* reexport */ parseOptimizationPlan),
  parsePytestBenchmark: () => (/* reexport */ parsePytestBenchmark),
  parsePytestJson: () => (/* reexport */ parsePytestJson),
  parseSloUpdates: () => (/* reexport */ parseSloUpdates),
  readDocument: () => (/* binding */ readDocument),
  sameMetricKey: () => (/* reexport */ keys/* sameMetricKey */.gg),
  scanJson: () => (/* reexport */ json/* scanJson */.Ey),
  stripBom: () => (/* reexport */ decode/* stripBom */.F8),
  zodInputError: () => (/* reexport */ json/* zodInputError */._i)
});

// EXTERNAL MODULE: ./.build/model.js
var model = __webpack_require__(76995);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./.build/parsers/text/json.js
var json = __webpack_require__(60907);
;// CONCATENATED MODULE: ./.build/parsers/approvals/index.js
// Environment approvals in the shape of GitHub's
// `GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals` response (an array), validated with
// zod. Extra fields of the API objects are accepted and dropped; the model's fields are kept.



const approval = schemas/* looseObject */._H3({
    state: schemas/* enum */.k5n(['approved', 'rejected', 'pending']),
    comment: schemas/* string */.YjP().nullable(),
    environments: schemas/* array */.YOg(schemas/* looseObject */._H3({ id: schemas/* number */.aig().optional(), name: schemas/* string */.YjP().optional() })),
    user: schemas/* looseObject */._H3({ login: schemas/* string */.YjP().min(1), type: schemas/* string */.YjP().optional() }),
});
/** Normalises approvals already parsed (from a file or from the API). */
function approvalsFrom(doc, file, text) {
    const r = schemas/* array */.YOg(approval).safeParse(doc);
    if (!r.success)
        throw (0,json/* zodInputError */._i)(file, 'approvals (GitHub run-approvals response)', r.error, text === undefined ? undefined : (p) => (0,json/* locateJsonPath */.Od)(text, p));
    return r.data.map((a) => ({
        state: a.state,
        comment: a.comment ?? '',
        environments: a.environments.map((e) => ({
            ...(e.id !== undefined ? { id: e.id } : {}),
            ...(e.name !== undefined ? { name: e.name } : {}),
        })),
        user: { login: a.user.login, ...(a.user.type !== undefined ? { type: a.user.type } : {}) },
    }));
}
function parseApprovals(text, file) {
    const approvals = approvalsFrom((0,json/* parseJsonText */.lk)(text, file), file, text);
    const warnings = [];
    approvals.forEach((a, i) => {
        if (!a.environments.some((e) => e.name))
            warnings.push({ file, message: `approval ${i + 1} (${a.user.login}) names no environment` });
    });
    if (approvals.length === 0)
        warnings.push({ file, message: 'no approvals recorded' });
    return { format: 'approvals', file, approvals, warnings };
}

// EXTERNAL MODULE: ./node_modules/papaparse/papaparse.js
var papaparse = __webpack_require__(28728);
// EXTERNAL MODULE: ./.build/parsers/text/decode.js
var decode = __webpack_require__(85115);
// EXTERNAL MODULE: ./.build/parsers/baseline-csv/safe.js
var safe = __webpack_require__(29687);
;// CONCATENATED MODULE: ./.build/parsers/baseline-csv/index.js
// baseline-metrics.csv (the protocol's table): `metric_name,service,value,unit,collection_method,timestamp`,
// read with papaparse (comma-delimited, RFC 4180 quoting: quoted fields may hold commas, quotes and
// newlines). Header names are trimmed and matched case-insensitively; extra columns are kept. A cell
// that perf-gates wrote spreadsheet-safe (`'=...`, see ./safe.ts) reads back without that one `'`.
//
// Row rules (documented decision):
//   - a missing required COLUMN is an InputError naming it;
//   - a quoting error (a quote that is never closed, or text after a closing quote) is an
//     InputError naming the line where the quote opened: it swallows the rows after it;
//   - a row is REJECTED (kept out of `rows`, listed in `rejected` with its physical line and reason)
//     when metric_name or service is empty, when its field count differs from the header's, when
//     `value` is non-empty and not a decimal number, or when `timestamp` is non-empty and not an
//     ISO 8601 date/date-time (or a Unix epoch in seconds or milliseconds);
//   - an EMPTY value, unit, collection_method or timestamp is allowed: the row is kept with that
//     field empty ('' for strings, NaN for the value) and the field named in `missing`, so gate 1
//     can count it as incomplete;
//   - blank lines (anywhere, including trailing ones) are ignored.
// `line` is the physical line where the row starts (header = 1), counting newlines inside quoted
// fields, with CRLF, LF or CR line ends.





const REQUIRED_COLUMNS = model/* BASELINE_COLUMNS */.Ac;
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const EPOCH = /^\d{10}(?:\d{3})?(?:\.\d+)?$/;
/** An ISO 8601 date or date-time that names a real instant, or a Unix epoch (s or ms). */
function isValidTimestamp(s) {
    if (EPOCH.test(s))
        return true;
    if (!ISO.test(s))
        return false;
    const [y, mo, d] = s.slice(0, 10).split('-').map(Number);
    if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate())
        return false;
    const t = /[T ](\d{2}):(\d{2})(?::(\d{2}))?/i.exec(s);
    if (t && (Number(t[1]) > 23 || Number(t[2]) > 59 || Number(t[3] ?? 0) > 60))
        return false;
    return !Number.isNaN(Date.parse(s.replace(' ', 'T').replace(',', '.')));
}
/** Offsets of line starts, so a character offset maps to its 1-based physical line. */
function lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10)
            starts.push(i + 1);
        else if (c === 13 && text.charCodeAt(i + 1) !== 10)
            starts.push(i + 1);
    }
    return starts;
}
function lineOf(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo + 1;
}
/**
 * Offset of the quote that opened the field a quoting error is about: the last field-opening quote
 * in body[start, end) (RFC 4180: a quote at the start of a field opens it, two quotes inside it
 * are one quote).
 */
function badQuoteAt(body, start, end) {
    let open;
    let inQuotes = false;
    let fieldStart = true;
    for (let i = start; i < end; i++) {
        const c = body[i];
        if (inQuotes) {
            if (c === '"') {
                if (body[i + 1] === '"')
                    i++;
                else
                    inQuotes = false;
            }
            continue;
        }
        if (c === '"') {
            if (fieldStart) {
                inQuotes = true;
                open = i;
            }
            else
                open ??= i; // a stray quote inside an unquoted field
            fieldStart = false;
            continue;
        }
        fieldStart = c === ',' || c === '\n' || c === '\r';
    }
    return open;
}
function parseBaselineCsv(text, file) {
    const body = (0,decode/* stripBom */.F8)(text);
    const starts = lineStarts(body);
    const records = [];
    let prev = 0;
    papaparse.parse(body, {
        delimiter: ',',
        header: false,
        skipEmptyLines: false,
        step: (res) => {
            // res.meta.cursor is the offset just after the row (newline included)
            const start = prev;
            prev = res.meta.cursor;
            const error = res.errors.find((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes');
            records.push({
                // a cell written spreadsheet-safe ('=...) reads back as it was (=...)
                data: res.data.map(safe/* fromSpreadsheetSafe */.S8),
                line: lineOf(starts, start),
                ...(error ? { error: error.message, quote: badQuoteAt(body, start, prev) } : {}),
            });
        },
    });
    const blank = (r) => r.every((c) => c.trim() === '');
    const rowsIn = records.filter((r) => !blank(r.data));
    const warnings = [];
    const headerRec = rowsIn.shift();
    if (!headerRec)
        throw new model/* InputError */.dz(file, 'the CSV is empty: expected a header row');
    if (headerRec.error)
        throw new model/* InputError */.dz(file, `bad quoting in the header: ${headerRec.error}`, headerRec.line);
    const columns = headerRec.data.map((h) => h.trim());
    const lower = columns.map((c) => c.toLowerCase());
    const index = {};
    for (const col of REQUIRED_COLUMNS) {
        const at = lower.indexOf(col);
        if (at < 0)
            throw new model/* InputError */.dz(file, `missing required column "${col}" (header has: ${columns.join(', ')}; required: ${REQUIRED_COLUMNS.join(', ')})`, headerRec.line);
        if (lower.indexOf(col, at + 1) >= 0)
            throw new model/* InputError */.dz(file, `column "${col}" appears twice in the header`, headerRec.line);
        index[col] = at;
    }
    const extraCols = columns
        .map((c, i) => ({ c, i }))
        .filter(({ i }) => !REQUIRED_COLUMNS.includes(lower[i]));
    const rows = [];
    const rejected = [];
    for (const rec of rowsIn) {
        const { data, line } = rec;
        // A quoting error swallows the rows after it (papaparse reads them into one field): the file
        // is bad input, never a row short.
        if (rec.error) {
            const q = rec.quote !== undefined ? lineOf(starts, rec.quote) : line;
            throw new model/* InputError */.dz(file, `bad CSV quoting: the quote opened on line ${q} is not closed properly (${rec.error}); inside a quoted field a quote is written twice ("")`, q);
        }
        if (data.length !== columns.length) {
            rejected.push({
                line,
                reason: `${data.length} fields, the header has ${columns.length}${data.length > columns.length ? ' (an unquoted comma?)' : ''}`,
            });
            continue;
        }
        const cell = (c) => data[index[c]].trim();
        const reasons = [];
        if (!cell('metric_name'))
            reasons.push('metric_name is empty');
        if (!cell('service'))
            reasons.push('service is empty');
        const rawValue = cell('value');
        if (rawValue && !DECIMAL.test(rawValue))
            reasons.push(`value "${rawValue}" is not a number`);
        const ts = cell('timestamp');
        if (ts && !isValidTimestamp(ts))
            reasons.push(`timestamp "${ts}" is not an ISO 8601 date-time`);
        if (reasons.length) {
            rejected.push({ line, reason: reasons.join('; ') });
            continue;
        }
        const row = {
            metric_name: cell('metric_name'),
            service: cell('service'),
            value: rawValue ? Number(rawValue) : Number.NaN,
            unit: cell('unit'),
            collection_method: cell('collection_method'),
            timestamp: ts,
            line,
        };
        const missing = ['value', 'unit', 'collection_method', 'timestamp'].filter((c) => cell(c) === '');
        if (missing.length)
            row.missing = [...missing];
        if (extraCols.length) {
            row.extra = {};
            for (const { c, i } of extraCols)
                row.extra[c] = data[i];
        }
        rows.push(row);
    }
    for (const r of rejected)
        warnings.push({ file, line: r.line, message: `row rejected: ${r.reason}` });
    if (rows.length === 0)
        warnings.push({ file, message: 'no usable rows' });
    return { format: 'baseline-csv', file, rows, rejected, columns, warnings };
}

// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 23 modules
var XMLParser = __webpack_require__(41143);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(75824);
// EXTERNAL MODULE: ./.build/parsers/junit/sniff.js
var sniff = __webpack_require__(98482);
;// CONCATENATED MODULE: ./.build/parsers/junit/index.js
// JUnit XML as pytest writes it (`--junitxml`), read with fast-xml-parser. A DOCTYPE (and so any
// entity declaration, internal or external) is refused: pytest never writes one, and refusing it
// rules out entity-expansion and external-entity attacks. The parser's own entity handling is off;
// the five XML entities and character references (`&lt;`, `&#10;`) are decoded here, in one pass
// (so `&amp;#10;` stays the literal text `&#10;`).




const ARRAYS = new Set([
    'testsuites',
    'testsuite',
    'testcase',
    'properties',
    'property',
    'failure',
    'error',
    'skipped',
]);
const parser = new XMLParser/* default */.A({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    processEntities: false,
    htmlEntities: false,
    isArray: (name) => ARRAYS.has(name),
    attributeValueProcessor: (_name, value) => decodeXml(value),
    tagValueProcessor: (_name, value) => decodeXml(value),
});
const NAMED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** Decodes the predefined XML entities and numeric character references in one pass. */
function decodeXml(s) {
    if (!s.includes('&'))
        return s;
    return s.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g, (m, dec, hex, name) => {
        if (name)
            return NAMED[name];
        const cp = dec !== undefined ? Number(dec) : parseInt(hex, 16);
        return cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) && cp !== 0 ? String.fromCodePoint(cp) : m;
    });
}
const NUMERIC = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
function attr(node, name) {
    const v = node[`@_${name}`];
    return typeof v === 'string' ? v : v === undefined ? undefined : String(v);
}
function children(node, name) {
    const v = node[name];
    if (!Array.isArray(v))
        return [];
    return v.map((x) => (x && typeof x === 'object' ? x : { '#text': String(x ?? '') }));
}
/**
 * pytest's classname is the nodeid with `::` → `.`, `/` → `.` and `.py` dropped:
 * `test_mod` / `test_mod.TestX` / `tests.unit.test_mod.TestX`. Trailing capitalised segments are
 * classes; when what remains ends in a pytest module name (`test_*` or `*_test`) the nodeid is
 * rebuilt as `tests/unit/test_mod.py::TestX::name`, otherwise `classname::name`.
 */
function junitNodeid(classname, name) {
    if (!classname)
        return name;
    const parts = classname.split('.');
    let k = parts.length;
    while (k > 0 && /^[A-Z]/.test(parts[k - 1]))
        k--;
    const mod = parts.slice(0, k);
    const classes = parts.slice(k);
    const last = mod[mod.length - 1];
    if (last && (/^test_/.test(last) || /_test$/.test(last)))
        return [`${mod.join('/')}.py`, ...classes, name].join('::');
    return `${classname}::${name}`;
}
function metadataOf(tc) {
    const meta = {};
    for (const props of children(tc, 'properties'))
        for (const p of children(props, 'property')) {
            const name = attr(p, 'name');
            if (name === undefined)
                continue;
            const raw = attr(p, 'value') ?? (typeof p['#text'] === 'string' ? p['#text'] : '');
            const value = NUMERIC.test(raw) ? Number(raw) : raw;
            if (name in meta) {
                const prev = meta[name];
                meta[name] = Array.isArray(prev) ? [...prev, value] : [prev, value];
            }
            else
                meta[name] = value;
        }
    return meta;
}
function collectSuites(node, out) {
    for (const s of children(node, 'testsuite')) {
        out.push(s);
        collectSuites(s, out); // nested suites (other JUnit writers)
    }
    for (const s of children(node, 'testsuites'))
        collectSuites(s, out);
}
function parseJunit(text, file) {
    const body = (0,decode/* stripBom */.F8)(text);
    const bom = text.length - body.length;
    const dt = /<!DOCTYPE|<!ENTITY/i.exec(body);
    if (dt) {
        const { line, column } = (0,decode/* lineColumnAt */.IX)(text, dt.index + bom);
        throw new model/* InputError */.dz(file, 'a DOCTYPE / entity declaration is not accepted in JUnit XML', line, column);
    }
    const valid = fxp/* XMLValidator */.iI.validate(body);
    if (valid !== true)
        throw new model/* InputError */.dz(file, `invalid XML: ${valid.err.msg}`, valid.err.line, valid.err.col);
    const doc = parser.parse(body);
    const suites = [];
    collectSuites(doc, suites);
    if (suites.length === 0)
        throw new model/* InputError */.dz(file, 'JUnit XML without <testsuite> element');
    const warnings = [];
    const tests = [];
    let noTime = 0;
    // Suite attributes (leaf suites only, so nested suites are not counted twice); when a suite
    // lacks one, the counts come from the testcases.
    const totals = { tests: 0, failures: 0, errors: 0, skipped: 0 };
    let attrsComplete = true;
    for (const suite of suites) {
        if (children(suite, 'testsuite').length)
            continue;
        for (const key of Object.keys(totals)) {
            const v = attr(suite, key)?.trim();
            if (v !== undefined && NUMERIC.test(v))
                totals[key] += Number(v);
            else
                attrsComplete = false;
        }
    }
    for (const suite of suites) {
        for (const tc of children(suite, 'testcase')) {
            const name = attr(tc, 'name') ?? '';
            const failure = children(tc, 'failure')[0];
            const error = children(tc, 'error')[0];
            const skipped = children(tc, 'skipped')[0];
            let outcome = 'passed';
            let message;
            if (failure) {
                outcome = 'failed';
                message = attr(failure, 'message');
            }
            else if (error) {
                outcome = 'error';
                message = attr(error, 'message');
            }
            else if (skipped) {
                // pytest writes xfail as <skipped type="pytest.xfail">
                outcome = attr(skipped, 'type') === 'pytest.xfail' ? 'xfailed' : 'skipped';
                message = attr(skipped, 'message');
            }
            const time = attr(tc, 'time');
            let duration = 0;
            if (time !== undefined && NUMERIC.test(time.trim()))
                duration = Number(time.trim());
            else
                noTime++;
            const entry = {
                file,
                nodeid: junitNodeid(attr(tc, 'classname'), name),
                outcome,
                markers: [],
                duration,
                metadata: metadataOf(tc),
            };
            if (message !== undefined)
                entry.message = message;
            tests.push(entry);
        }
    }
    if (noTime)
        warnings.push({ file, message: `${noTime} testcase(s) without a time attribute: duration 0` });
    warnings.push({ file, message: 'JUnit XML carries no pytest markers: markers are empty' });
    if (!attrsComplete) {
        // count from the testcases when the suites do not say
        totals.tests = tests.length;
        totals.failures = tests.filter((t) => t.outcome === 'failed').length;
        totals.errors = tests.filter((t) => t.outcome === 'error').length;
        totals.skipped = tests.filter((t) => t.outcome === 'skipped' || t.outcome === 'xfailed').length;
    }
    return { format: 'junit-xml', file, tests, summary: totals, warnings };
}

// EXTERNAL MODULE: ./.build/parsers/k6-summary/keys.js
var keys = __webpack_require__(10940);
;// CONCATENATED MODULE: ./.build/parsers/k6-summary/index.js
// k6 end-of-test summaries, all three shapes (reference/formats.md section 2):
//   A  --summary-export: flat values per metric, no type; thresholds `{expr: true}` means FAILED;
//      rate metrics carry the rate in `value`.
//   B  handleSummary(data) JSON: `{type, contains, values, thresholds: {expr: {ok}}}`.
//   C  machine-readable summary 1.0.0: `results.metrics` array, no thresholds at all.
// Only fields present in the source appear in the summaries (nothing is filled with 0).






/** k6 built-in metrics (metrics/builtin.go): what they contain, for shape A which omits it. */
const BUILTIN_CONTAINS = {
    vus: 'default',
    vus_max: 'default',
    iterations: 'default',
    iteration_duration: 'time',
    dropped_iterations: 'default',
    checks: 'default',
    group_duration: 'time',
    http_reqs: 'default',
    http_req_failed: 'default',
    http_req_duration: 'time',
    http_req_blocked: 'time',
    http_req_connecting: 'time',
    http_req_tls_handshaking: 'time',
    http_req_sending: 'time',
    http_req_waiting: 'time',
    http_req_receiving: 'time',
    ws_connecting: 'time',
    ws_session_duration: 'time',
    ws_ping: 'time',
    ws_sessions: 'default',
    ws_msgs_sent: 'default',
    ws_msgs_received: 'default',
    grpc_req_duration: 'time',
    data_sent: 'data',
    data_received: 'data',
};
const num = schemas/* number */.aig();
const numOrNull = schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* null */.chJ()]);
const metricType = schemas/* enum */.k5n(['trend', 'rate', 'counter', 'gauge']);
const contains = schemas/* enum */.k5n(['time', 'data', 'default']);
const checkA = schemas/* looseObject */._H3({
    name: schemas/* string */.YjP().optional(),
    path: schemas/* string */.YjP().optional(),
    passes: num,
    fails: num,
});
const groupA = schemas/* lazy */.RZV(() => schemas/* looseObject */._H3({
    checks: schemas/* record */.g1P(schemas/* string */.YjP(), checkA).optional(),
    groups: schemas/* record */.g1P(schemas/* string */.YjP(), groupA).optional(),
}));
const shapeA = schemas/* looseObject */._H3({
    root_group: groupA.optional(),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* object */.Ikc({ thresholds: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* boolean */.zMY()).optional() }).catchall(numOrNull)),
});
const groupB = schemas/* lazy */.RZV(() => schemas/* looseObject */._H3({ checks: schemas/* array */.YOg(checkA).optional(), groups: schemas/* array */.YOg(groupB).optional() }));
const shapeB = schemas/* looseObject */._H3({
    root_group: groupB.optional(),
    state: schemas/* looseObject */._H3({ testRunDurationMs: num.optional() }).optional(),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* looseObject */._H3({
        type: metricType,
        contains: contains.optional(),
        values: schemas/* record */.g1P(schemas/* string */.YjP(), numOrNull),
        thresholds: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* looseObject */._H3({ ok: schemas/* boolean */.zMY() })).optional(),
    })),
});
const metricC = schemas/* looseObject */._H3({
    name: schemas/* string */.YjP(),
    type: metricType,
    contains: contains.optional(),
    values: schemas/* record */.g1P(schemas/* string */.YjP(), numOrNull),
});
const shapeC = schemas/* looseObject */._H3({
    version: schemas/* string */.YjP(),
    config: schemas/* looseObject */._H3({ duration: num.optional() }).optional(),
    metadata: schemas/* looseObject */._H3({
        generated_at: schemas/* string */.YjP().optional(),
        generatedAt: schemas/* string */.YjP().optional(),
        k6_version: schemas/* string */.YjP().optional(),
        k6Version: schemas/* string */.YjP().optional(),
    })
        .optional(),
    results: schemas/* looseObject */._H3({
        metrics: schemas/* array */.YOg(metricC),
        checks: schemas/* looseObject */._H3({
            metrics: schemas/* array */.YOg(metricC).optional(),
            results: schemas/* array */.YOg(schemas/* looseObject */._H3({ name: schemas/* string */.YjP(), passes: num, fails: num })).optional(),
        })
            .optional(),
    }),
});
/** Which summary shape a parsed object is; undefined when it is none of them. */
function k6SummaryShapeOf(doc) {
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
        return undefined;
    const o = doc;
    const results = o.results;
    if (results && typeof results === 'object' && Array.isArray(results.metrics))
        return 'k6-machine-summary';
    const metrics = o.metrics;
    if (!metrics || typeof metrics !== 'object' || Array.isArray(metrics))
        return undefined;
    for (const v of Object.values(metrics)) {
        if (v && typeof v === 'object')
            return 'type' in v || 'values' in v ? 'k6-handle-summary' : 'k6-summary-export';
    }
    return 'state' in o || 'options' in o ? 'k6-handle-summary' : 'k6-summary-export';
}
/** Shape A has no `type`: infer it from the keys (formats.md 2.2). */
function inferTypeA(keys) {
    const has = (k) => keys.includes(k);
    if (has('passes') && has('fails') && has('value'))
        return 'rate';
    if (has('value') && has('min') && has('max'))
        return 'gauge';
    if (has('count') && has('rate') && keys.length === 2)
        return 'counter';
    return 'trend';
}
/** Copies the stats of `values` that belong to the type onto the summary; unknown keys warn. */
function applyValues(s, values, warn, rateKey) {
    const v = (k) => {
        const x = values[k];
        return typeof x === 'number' ? x : undefined;
    };
    const set = (field, x) => {
        if (x !== undefined)
            s[field] = x;
    };
    const key = `${s.metric}${Object.keys(s.tags).length ? '{…}' : ''}`;
    switch (s.type) {
        case 'counter':
            set('count', v('count'));
            set('rate', v('rate'));
            break;
        case 'gauge':
            set('value', v('value'));
            set('min', v('min'));
            set('max', v('max'));
            break;
        case 'rate':
            if (rateKey === 'matches') {
                // shape C: {matches, rate, total}
                const matches = v('matches');
                const total = v('total');
                set('rate', v('rate'));
                set('passes', matches);
                set('count', total);
                if (matches !== undefined && total !== undefined)
                    s.fails = total - matches;
            }
            else {
                set('rate', v(rateKey));
                set('passes', v('passes'));
                set('fails', v('fails'));
                if (s.passes !== undefined && s.fails !== undefined)
                    s.count = s.passes + s.fails;
            }
            break;
        case 'trend':
            for (const [k, x] of Object.entries(values)) {
                if (typeof x !== 'number')
                    continue; // a stat k6 left null (excluded) is absent, not 0
                if (k === 'avg' || k === 'min' || k === 'med' || k === 'max' || k === 'count') {
                    s[k] = x;
                    continue;
                }
                const stat = (0,keys/* normalizeStat */._j)(k);
                if (stat === 'p90' || stat === 'p95' || stat === 'p99')
                    s[stat] = x;
                else if (stat && /^p[\d.]+$/.test(stat))
                    (s.percentiles ??= {})[stat] = x;
                else
                    warn(`${key}: unknown trend stat "${k}" ignored`);
            }
            if (s.med === undefined && s.percentiles?.p50 !== undefined)
                s.med = s.percentiles.p50; // p(50) is med in k6
            break;
    }
}
function checksA(group, out) {
    if (!group)
        return;
    for (const [name, c] of Object.entries(group.checks ?? {}))
        out.push({
            name: c.name ?? name,
            ...(c.path !== undefined ? { path: c.path } : {}),
            passes: c.passes,
            fails: c.fails,
        });
    for (const g of Object.values(group.groups ?? {}))
        checksA(g, out);
}
function checksB(group, out) {
    if (!group)
        return;
    for (const c of group.checks ?? [])
        out.push({
            name: c.name ?? '',
            ...(c.path !== undefined ? { path: c.path } : {}),
            passes: c.passes,
            fails: c.fails,
        });
    for (const g of group.groups ?? [])
        checksB(g, out);
}
/**
 * Reads a k6 summary of any shape. `shape` forces one; otherwise the document's shape decides.
 * Invalid JSON or a document of the wrong shape is an InputError with the line.
 */
function parseK6Summary(text, file, shape) {
    const doc = (0,json/* parseJsonText */.lk)(text, file);
    const format = shape ?? k6SummaryShapeOf(doc);
    if (!format)
        throw new model/* InputError */.dz(file, 'not a k6 summary: expected `metrics` (summary-export / handleSummary) or `results.metrics` (machine-readable)');
    const warnings = [];
    const warn = (message) => warnings.push({ file, message });
    const locate = (p) => (0,json/* locateJsonPath */.Od)(text, p);
    const keyOf = (k, path) => {
        try {
            return (0,keys/* parseMetricKey */.$4)(k);
        }
        catch (e) {
            const at = locate(path);
            throw new model/* InputError */.dz(file, `bad metric key: ${e.message}`, at?.line, at?.column);
        }
    };
    const series = [];
    const thresholds = [];
    const checks = [];
    const ds = { format, file, series, thresholds, warnings };
    if (format === 'k6-summary-export') {
        const r = shapeA.safeParse(doc);
        if (!r.success)
            throw (0,json/* zodInputError */._i)(file, 'k6 --summary-export (shape A)', r.error, locate);
        for (const [name, entry] of Object.entries(r.data.metrics)) {
            const { metric, tags } = keyOf(name, ['metrics', name]);
            const { thresholds: th, ...rest } = entry;
            const values = rest;
            const type = inferTypeA(Object.keys(values));
            const s = { file, metric, type, tags };
            const c = BUILTIN_CONTAINS[metric];
            if (c)
                s.contains = c;
            applyValues(s, values, warn, 'value');
            series.push({ summary: s });
            // shape A inverts the verdict: `true` means the threshold FAILED
            for (const [expression, failed] of Object.entries(th ?? {}))
                thresholds.push({ file, metric: name, expression, ok: !failed, source: 'summary-export' });
        }
        checksA(r.data.root_group, checks);
        // k6's counter rate is count / test-run duration, so any counter gives the duration back
        const counter = series.find((x) => x.summary.metric === 'iterations' &&
            !Object.keys(x.summary.tags).length &&
            x.summary.type === 'counter') ?? series.find((x) => x.summary.type === 'counter' && !Object.keys(x.summary.tags).length);
        const { count, rate } = counter?.summary ?? {};
        if (count !== undefined && rate !== undefined && count > 0 && rate > 0)
            ds.durationSeconds = count / rate;
    }
    else if (format === 'k6-handle-summary') {
        const r = shapeB.safeParse(doc);
        if (!r.success)
            throw (0,json/* zodInputError */._i)(file, 'k6 handleSummary JSON (shape B)', r.error, locate);
        for (const [name, entry] of Object.entries(r.data.metrics)) {
            const { metric, tags } = keyOf(name, ['metrics', name]);
            const s = { file, metric, type: entry.type, tags };
            if (entry.contains)
                s.contains = entry.contains;
            applyValues(s, entry.values, warn, 'rate');
            series.push({ summary: s });
            for (const [expression, v] of Object.entries(entry.thresholds ?? {}))
                thresholds.push({ file, metric: name, expression, ok: v.ok, source: 'handle-summary' });
        }
        checksB(r.data.root_group, checks);
        const ms = r.data.state?.testRunDurationMs;
        if (ms !== undefined)
            ds.durationSeconds = ms / 1000;
    }
    else {
        const r = shapeC.safeParse(doc);
        if (!r.success)
            throw (0,json/* zodInputError */._i)(file, 'k6 machine-readable summary (shape C)', r.error, locate);
        const d = r.data;
        if (d.version !== '1.0.0')
            warn(`machine-readable summary version ${d.version}: read as 1.0.0`);
        const add = (list, base) => list.forEach((m, i) => {
            const { metric, tags } = keyOf(m.name, [...base, i, 'name']);
            const s = { file, metric, type: m.type, tags };
            if (m.contains)
                s.contains = m.contains;
            applyValues(s, m.values, warn, 'matches');
            series.push({ summary: s });
        });
        add(d.results.metrics, ['results', 'metrics']);
        add(d.results.checks?.metrics ?? [], ['results', 'checks', 'metrics']);
        for (const c of d.results.checks?.results ?? [])
            checks.push({ name: c.name, passes: c.passes, fails: c.fails });
        if (d.config?.duration !== undefined)
            ds.durationSeconds = d.config.duration;
        const version = d.metadata?.k6_version ?? d.metadata?.k6Version;
        if (version !== undefined)
            ds.k6Version = version;
        const generated = d.metadata?.generated_at ?? d.metadata?.generatedAt;
        if (generated !== undefined)
            ds.generatedAt = generated;
        ds.thresholdsAbsent = true;
        warn('shape C carries no threshold verdicts: thresholds are not known from this file (use --summary-export without --new-machine-readable-summary, handleSummary JSON, or k6’s exit code)');
    }
    if (checks.length)
        ds.checks = checks;
    return ds;
}

// EXTERNAL MODULE: ./.build/parsers/markdown/index.js
var markdown = __webpack_require__(44723);
;// CONCATENATED MODULE: ./.build/parsers/noise/index.js
// The noise file `perf-gates calibrate` writes (NoiseFile in model.ts), validated with zod. Only the
// current version is read: version 1 recorded one run-to-run SD that mixed the between-run and the
// sampling components, which the two-component model cannot take apart, so it is refused.




const count = schemas/* number */.aig().int().nonnegative();
const variance = schemas/* number */.aig()
    .refine(Number.isFinite, 'must be a finite number')
    .refine((v) => v >= 0, 'must be >= 0');
const noiseFileSchema = schemas/* looseObject */._H3({
    version: schemas/* literal */.euz(model/* NOISE_FILE_VERSION */.Fx),
    generated_at: schemas/* string */.YjP().min(1),
    runs: count,
    keys: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* looseObject */._H3({
        between_var_log: variance,
        df: count,
        runs: count,
        sampling_var_log: variance.nullable(),
    })),
});
function parseNoise(text, file) {
    const doc = (0,json/* parseJsonText */.lk)(text, file);
    if (doc && typeof doc === 'object' && !Array.isArray(doc)) {
        const v = doc.version;
        if (v !== model/* NOISE_FILE_VERSION */.Fx && (typeof v === 'number' || v === undefined)) {
            const at = (0,json/* locateJsonPath */.Od)(text, ['version']);
            throw new model/* InputError */.dz(file, `noise file version ${String(v)}: this perf-gates reads version ${model/* NOISE_FILE_VERSION */.Fx} (between-run variance kept apart from sampling variance); recalibrate with this version (perf-gates calibrate <runs...> --out ${file.split('/').pop()})`, at?.line, at?.column);
        }
    }
    const r = noiseFileSchema.safeParse(doc);
    if (!r.success)
        throw (0,json/* zodInputError */._i)(file, 'noise file', r.error, (p) => (0,json/* locateJsonPath */.Od)(text, p));
    const d = r.data;
    const warnings = [];
    const keys = {};
    for (const [k, v] of Object.entries(d.keys)) {
        keys[k] = {
            between_var_log: v.between_var_log,
            df: v.df,
            runs: v.runs,
            sampling_var_log: v.sampling_var_log,
        };
        if (v.runs < 2 || v.df < 1)
            warnings.push({ file, message: `${k}: ${v.runs} run(s), df ${v.df}: no run-to-run spread` });
        else if (v.df !== v.runs - 1)
            warnings.push({ file, message: `${k}: df ${v.df} but ${v.runs} runs (expected runs - 1)` });
    }
    if (Object.keys(keys).length === 0)
        warnings.push({ file, message: 'the noise file has no keys' });
    return {
        format: 'noise',
        file,
        noise: { version: model/* NOISE_FILE_VERSION */.Fx, generated_at: d.generated_at, runs: d.runs, keys },
        warnings,
    };
}

;// CONCATENATED MODULE: ./.build/parsers/plan/index.js
// optimization-plan.json, validated with zod. Only `target_metric { name, stat, direction }` is
// required; every other key is optional and unknown keys are kept (teams add their own fields).
// `name` may carry k6 tags (`http_req_duration{name:checkout}` → name + tags); stats are
// normalised (`p(95)` → `p95`). Justification: plan-level `justification`, `target_metric.justification`,
// and any `optimizations[]` entry whose `metric` is the target (same metric and tags, same stat when
// it names one) with a `justification`; all found are joined with a blank line.





const direction = schemas/* enum */.k5n(['decrease', 'increase']);
const nonEmpty = schemas/* string */.YjP().trim().min(1, 'must not be empty');
const stat = schemas/* string */.YjP().refine((s) => (0,keys/* normalizeStat */._j)(s) !== undefined, {
    message: 'unknown stat (use avg, min, med, max, p50, p90, p95, p99, p(N), rate, count, value or median)',
});
const pct = schemas/* number */.aig()
    .refine(Number.isFinite, 'must be a finite number')
    .refine((v) => v >= 0, 'must be >= 0');
const metricRef = schemas/* looseObject */._H3({ name: nonEmpty, stat, direction });
const planSchema = schemas/* looseObject */._H3({
    target_metric: metricRef.extend({ justification: schemas/* string */.YjP().optional() }),
    improvement_threshold_pct: pct.optional(),
    regression_tolerance_pct: pct.optional(),
    tracked_metrics: schemas/* array */.YOg(metricRef).optional(),
    approved_by: schemas/* union */.KCZ([nonEmpty, schemas/* array */.YOg(nonEmpty)]).optional(),
    approved_at: nonEmpty.optional(),
    justification: schemas/* string */.YjP().optional(),
    optimizations: schemas/* array */.YOg(schemas/* looseObject */._H3({
        metric: schemas/* string */.YjP().optional(),
        stat: schemas/* string */.YjP().optional(),
        justification: schemas/* string */.YjP().optional(),
    }))
        .optional(),
});
function splitName(name, file, text, path) {
    if (!name.includes('{'))
        return { name: name.trim() };
    try {
        const k = (0,keys/* parseMetricKey */.$4)(name);
        return Object.keys(k.tags).length ? { name: k.metric, tags: k.tags } : { name: k.metric };
    }
    catch (e) {
        const at = (0,json/* locateJsonPath */.Od)(text, path);
        throw new model/* InputError */.dz(file, `optimization plan: ${e.message}`, at?.line, at?.column);
    }
}
function parseOptimizationPlan(text, file) {
    const doc = (0,json/* parseJsonText */.lk)(text, file);
    const r = planSchema.safeParse(doc);
    if (!r.success)
        throw (0,json/* zodInputError */._i)(file, 'optimization plan', r.error, (p) => (0,json/* locateJsonPath */.Od)(text, p));
    const d = r.data;
    const warnings = [];
    const t = d.target_metric;
    const target = {
        ...splitName(t.name, file, text, ['target_metric', 'name']),
        stat: (0,keys/* normalizeStat */._j)(t.stat),
        direction: t.direction,
    };
    const out = {
        format: 'optimization-plan',
        file,
        plan: doc,
        target,
        warnings,
    };
    if (d.improvement_threshold_pct !== undefined)
        out.improvementThreshold = d.improvement_threshold_pct;
    if (d.regression_tolerance_pct !== undefined)
        out.tolerance = d.regression_tolerance_pct;
    if (d.tracked_metrics)
        out.tracked = d.tracked_metrics.map((m, i) => ({
            ...splitName(m.name, file, text, ['tracked_metrics', i, 'name']),
            stat: (0,keys/* normalizeStat */._j)(m.stat),
            direction: m.direction,
        }));
    if (d.approved_by !== undefined)
        out.approvedBy = (Array.isArray(d.approved_by) ? d.approved_by : [d.approved_by]).map((s) => s.trim());
    if (d.approved_at !== undefined) {
        out.approvedAt = d.approved_at;
        if (Number.isNaN(Date.parse(d.approved_at)))
            warnings.push({ file, message: `approved_at "${d.approved_at}" is not a date-time` });
    }
    if (out.approvedBy && out.approvedAt === undefined)
        warnings.push({ file, message: 'approved_by without approved_at' });
    if (out.approvedAt !== undefined && !out.approvedBy)
        warnings.push({ file, message: 'approved_at without approved_by' });
    const justifications = [];
    const addJ = (j) => {
        const s = j?.trim();
        if (s && !justifications.includes(s))
            justifications.push(s);
    };
    addJ(d.justification);
    addJ(t.justification);
    for (const o of d.optimizations ?? []) {
        if (!o.metric || !o.justification)
            continue;
        if (!(0,keys/* sameMetricKey */.gg)(o.metric, t.name))
            continue;
        if (o.stat !== undefined && (0,keys/* normalizeStat */._j)(o.stat) !== target.stat)
            continue;
        addJ(o.justification);
    }
    if (justifications.length)
        out.justification = justifications.join('\n\n');
    return out;
}

// EXTERNAL MODULE: ./.build/parsers/pytest-benchmark/sniff.js
var pytest_benchmark_sniff = __webpack_require__(80519);
;// CONCATENATED MODULE: ./.build/parsers/pytest-benchmark/index.js
// pytest-benchmark `--benchmark-json` (5.x): one BenchmarkEntry per benchmark, stats in seconds
// per iteration exactly as written, raw rounds (`stats.data`) kept when present.



const finite = schemas/* number */.aig().refine(Number.isFinite, 'must be a finite number');
const bench = schemas/* looseObject */._H3({
    group: schemas/* string */.YjP().nullish(),
    name: schemas/* string */.YjP(),
    fullname: schemas/* string */.YjP(),
    params: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).nullish(),
    extra_info: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).nullish(),
    stats: schemas/* looseObject */._H3({
        min: finite,
        max: finite,
        mean: finite,
        stddev: finite,
        median: finite,
        iqr: finite,
        ops: finite,
        rounds: schemas/* number */.aig().int().nonnegative(),
        iterations: schemas/* number */.aig().int().positive().optional(),
        q1: finite.optional(),
        q3: finite.optional(),
        // raw rounds: negative or non-finite ones (null: Python's NaN/Infinity) are impossible samples,
        // counted and left out below, never a reason to refuse the whole file
        data: schemas/* array */.YOg(schemas/* number */.aig().nullable()).optional(),
    }),
});
const file = schemas/* looseObject */._H3({
    machine_info: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
    commit_info: schemas/* looseObject */._H3({
        id: schemas/* string */.YjP().nullish(),
        branch: schemas/* string */.YjP().nullish(),
        dirty: schemas/* boolean */.zMY().nullish(),
        time: schemas/* string */.YjP().nullish(),
    })
        .optional(),
    benchmarks: schemas/* array */.YOg(bench),
    datetime: schemas/* string */.YjP().optional(),
});
function parsePytestBenchmark(text, path) {
    const warnings = [];
    const doc = (0,json/* parseJsonText */.lk)(text, path, warnings);
    const r = file.safeParse(doc);
    if (!r.success)
        throw (0,json/* zodInputError */._i)(path, 'pytest-benchmark JSON', r.error, (p) => (0,json/* locateJsonPath */.Od)(text, p));
    const d = r.data;
    const seen = new Set();
    const benchmarks = d.benchmarks.map((b, bi) => {
        const s = b.stats;
        const e = {
            file: path,
            fullname: b.fullname,
            name: b.name,
            group: b.group ?? null,
            unit: 's',
            rounds: s.rounds,
            min: s.min,
            max: s.max,
            mean: s.mean,
            median: s.median,
            stddev: s.stddev,
            iqr: s.iqr,
            ops: s.ops,
        };
        if (s.iterations !== undefined)
            e.iterations = s.iterations;
        if (s.q1 !== undefined)
            e.q1 = s.q1;
        if (s.q3 !== undefined)
            e.q3 = s.q3;
        if (s.data !== undefined) {
            const ok = (v) => v !== null && Number.isFinite(v) && v >= 0;
            const bad = s.data.findIndex((v) => !ok(v));
            e.data = bad < 0 ? s.data : s.data.filter(ok);
            if (bad >= 0) {
                const count = s.data.length - e.data.length;
                const neg = s.data.some((v) => v !== null && v < 0);
                const nonFinite = s.data.some((v) => v === null || !Number.isFinite(v));
                const line = (0,json/* locateJsonPath */.Od)(text, ['benchmarks', bi, 'stats', 'data', bad])?.line;
                e.impossible = {
                    count,
                    total: s.data.length,
                    what: [neg ? 'negative durations' : '', nonFinite ? 'non-finite values' : '']
                        .filter(Boolean)
                        .join(' and '),
                    file: path,
                    ...(line !== undefined ? { line } : {}),
                };
                warnings.push({
                    file: path,
                    ...(line !== undefined ? { line } : {}),
                    message: `${b.fullname}: ${count} of ${s.data.length} raw rounds are impossible (${e.impossible.what})${line !== undefined ? `, the first on line ${line}` : ''}: left out`,
                });
            }
            if (s.data.length !== s.rounds)
                warnings.push({
                    file: path,
                    message: `${b.fullname}: ${s.data.length} raw rounds but stats.rounds = ${s.rounds}`,
                });
        }
        if (b.extra_info)
            e.extra_info = b.extra_info;
        if (b.params !== undefined)
            e.params = b.params;
        if (seen.has(b.fullname))
            warnings.push({ file: path, message: `${b.fullname} appears more than once` });
        seen.add(b.fullname);
        return e;
    });
    if (benchmarks.length === 0)
        warnings.push({ file: path, message: 'the file lists no benchmarks' });
    const ds = { format: 'pytest-benchmark', file: path, benchmarks, warnings };
    const c = d.commit_info;
    if (c) {
        const commit = {};
        if (c.id != null)
            commit.id = c.id;
        if (c.branch != null)
            commit.branch = c.branch;
        if (c.dirty != null)
            commit.dirty = c.dirty;
        if (c.time !== undefined)
            commit.time = c.time;
        ds.commit = commit;
    }
    if (d.machine_info)
        ds.machine = d.machine_info;
    if (d.datetime !== undefined)
        ds.datetime = d.datetime;
    return ds;
}

;// CONCATENATED MODULE: ./.build/parsers/pytest-json/index.js
// pytest-json-report (numirias/pytest-json-report 1.5): `tests[]` → TestEntry.
//
// Markers. The report has no markers field: `keywords` mixes marker names with the test's own
// name, its parameter id, parent node names (module file, classes, directories), the rootdir
// basename, "" and function attributes such as `pytestmark`. The rule used here: a keyword is a
// marker unless it is
//   - "" or `pytestmark`,
//   - a part of the nodeid: each `/` path component and file basename, each `::` segment (class
//     names, the test name with and without its `[param-id]`), the param id itself,
//   - the basename of `root` (the rootdir),
//   - not a Python identifier (marker names are identifiers: `pytest.mark.<name>`), which drops
//     param ids like `10`, file names like `test_perf.py`, and dir names like `orders-service`,
//   - a dunder name such as `__wrapped__` (a function attribute leaked by a decorator).



const stage = schemas/* looseObject */._H3({
    duration: schemas/* number */.aig().optional(),
    outcome: schemas/* string */.YjP().optional(),
    crash: schemas/* looseObject */._H3({ message: schemas/* string */.YjP().optional() }).nullish(),
    longrepr: schemas/* unknown */.L5J().optional(),
})
    .nullish();
const report = schemas/* looseObject */._H3({
    created: schemas/* number */.aig().optional(),
    exitcode: schemas/* number */.aig().int().optional(),
    root: schemas/* string */.YjP().optional(),
    summary: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()),
    tests: schemas/* array */.YOg(schemas/* looseObject */._H3({
        nodeid: schemas/* string */.YjP(),
        outcome: schemas/* string */.YjP(),
        keywords: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
        setup: stage,
        call: stage,
        teardown: stage,
        metadata: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).nullish(),
    }))
        .optional(),
});
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
function basename(p) {
    const parts = p.split(/[\\/]/).filter(Boolean);
    return parts[parts.length - 1] ?? '';
}
/** The keyword names that are not markers, derived from the nodeid and rootdir (see the rule above). */
function nodeNames(nodeid, root) {
    const names = new Set(['', 'pytestmark']);
    const segments = nodeid.split('::');
    for (const comp of (segments[0] ?? '').split('/'))
        names.add(comp);
    for (const seg of segments) {
        names.add(seg);
        const m = /^(.*?)\[(.*)\]$/.exec(seg);
        if (m) {
            names.add(m[1]);
            names.add(m[2]);
        }
    }
    if (root)
        names.add(basename(root));
    return names;
}
/** Markers of one test from its keywords (rule at the top of this file). */
function markersFromKeywords(keywords, nodeid, root) {
    const skip = nodeNames(nodeid, root);
    const out = [];
    for (const k of keywords) {
        if (skip.has(k) || !IDENT.test(k) || /^__.*__$/.test(k))
            continue;
        if (!out.includes(k))
            out.push(k);
    }
    return out;
}
/** `('/path/test_x.py', 89, 'Skipped: needs a GPU runner')` → `Skipped: needs a GPU runner` */
function firstLine(longrepr) {
    if (typeof longrepr !== 'string' || !longrepr.trim())
        return undefined;
    const tuple = /^\(\s*'[^']*',\s*\d+,\s*(['"])([\s\S]*)\1\s*\)$/.exec(longrepr.trim());
    if (tuple)
        return tuple[2];
    return longrepr
        .split(/\r?\n/)
        .find((l) => l.trim() !== '')
        ?.trim();
}
function messageOf(stages, callStage) {
    if (callStage?.crash?.message)
        return callStage.crash.message;
    for (const s of stages)
        if (s?.crash?.message)
            return s.crash.message;
    for (const s of stages)
        if (s && s.outcome && s.outcome !== 'passed')
            return firstLine(s.longrepr);
    return undefined;
}
/** Reads a pytest-json-report file (also `--json-report-summary` files, which have no tests). */
function parsePytestJson(text, file) {
    const warnings = [];
    const doc = (0,json/* parseJsonText */.lk)(text, file, warnings);
    const r = report.safeParse(doc);
    if (!r.success)
        throw (0,json/* zodInputError */._i)(file, 'pytest-json-report', r.error, (p) => (0,json/* locateJsonPath */.Od)(text, p));
    const d = r.data;
    const tests = [];
    if (d.tests === undefined) {
        warnings.push({
            file,
            message: 'no tests[] in this report (written with --json-report-summary?): only the summary counts are known',
        });
    }
    for (const t of d.tests ?? []) {
        const stages = [t.setup, t.call, t.teardown];
        let duration = 0;
        for (const s of stages)
            if (typeof s?.duration === 'number')
                duration += s.duration;
        const entry = {
            file,
            nodeid: t.nodeid,
            outcome: t.outcome,
            markers: markersFromKeywords(t.keywords ?? [], t.nodeid, d.root),
            duration,
            metadata: t.metadata ?? {},
        };
        const message = messageOf(stages, t.call);
        if (message !== undefined)
            entry.message = message;
        tests.push(entry);
    }
    if (d.tests && d.tests.length && d.tests.every((t) => t.keywords === undefined))
        warnings.push({
            file,
            message: 'keywords were omitted (--json-report-omit keywords): markers are unknown',
        });
    const summary = {};
    for (const [k, v] of Object.entries(d.summary))
        if (typeof v === 'number')
            summary[k] = v;
    const ds = { format: 'pytest-json-report', file, tests, summary, warnings };
    if (d.exitcode !== undefined)
        ds.exitcode = d.exitcode;
    if (d.created !== undefined)
        ds.created = new Date(d.created * 1000).toISOString();
    return ds;
}

// EXTERNAL MODULE: ./.build/parsers/text/yaml.js
var yaml = __webpack_require__(80066);
;// CONCATENATED MODULE: ./.build/parsers/slo/index.js
// slo-updates.yml: `slo_updates: [...]`, read with the `yaml` package and validated with zod.
// Two vocabularies are accepted and normalised to SloUpdate:
//   fixture/team form   service, metric, stat, current, proposed, rationale, approvers
//   protocol form       slo_name, previous_target, new_target, justification
// slo_name defaults to `<service> <metric> <stat>`; previous_target ← current, new_target ←
// proposed, justification ← rationale. Every key of the entry is kept as written too.





const target = schemas/* union */.KCZ([
    schemas/* string */.YjP().trim().min(1, 'must not be empty'),
    schemas/* number */.aig().refine(Number.isFinite, 'must be finite'),
]);
const names = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())]);
const entry = schemas/* looseObject */._H3({
    slo_name: schemas/* string */.YjP().trim().min(1).optional(),
    service: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).optional(),
    metric: schemas/* string */.YjP().optional(),
    stat: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).optional(),
    current: target.optional(),
    previous_target: target.optional(),
    proposed: target.optional(),
    new_target: target.optional(),
    rationale: schemas/* string */.YjP().optional(),
    justification: schemas/* string */.YjP().optional(),
    approvers: names.optional(),
})
    .refine((e) => e.new_target !== undefined || e.proposed !== undefined, {
    message: 'needs new_target (or proposed)',
})
    .refine((e) => e.slo_name !== undefined || e.service !== undefined || e.metric !== undefined, {
    message: 'needs slo_name (or service/metric/stat to name it)',
});
const schema = schemas/* looseObject */._H3({ slo_updates: schemas/* array */.YOg(entry) });
function parseSloUpdates(text, file) {
    const { raw, warnings, locate } = (0,yaml/* readYaml */.g)(text, file);
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
        throw new model/* InputError */.dz(file, 'SLO updates: expected a mapping with a `slo_updates` list');
    const r = schema.safeParse(raw);
    if (!r.success)
        throw (0,json/* zodInputError */._i)(file, 'SLO updates', r.error, locate);
    const updates = r.data.slo_updates.map((e) => {
        const name = e.slo_name ?? [e.service, e.metric, e.stat].filter((x) => x !== undefined && x !== '').join(' ');
        const { stat, approvers: _a, ...rest } = e;
        const u = {
            ...rest,
            slo_name: name,
            new_target: (e.new_target ?? e.proposed),
        };
        if (stat !== undefined)
            u.stat = String(stat);
        const prev = e.previous_target ?? e.current;
        if (prev !== undefined)
            u.previous_target = prev;
        const j = e.justification ?? e.rationale;
        if (j !== undefined)
            u.justification = j;
        if (e.approvers !== undefined)
            u.approvers = Array.isArray(e.approvers) ? e.approvers : [e.approvers];
        return u;
    });
    if (updates.length === 0)
        warnings.push({ file, message: 'slo_updates is empty: no SLO changes proposed' });
    return { format: 'slo-updates', file, updates, raw: raw, warnings };
}

// EXTERNAL MODULE: ./.build/parsers/sniff.js
var parsers_sniff = __webpack_require__(29905);
// EXTERNAL MODULE: ./.build/parsers/detect.js + 8 modules
var detect = __webpack_require__(68755);
;// CONCATENATED MODULE: ./.build/parsers/index.js
// The formats perf-gates reads, in the order detection asks them (src/parsers/detect.ts: the
// sniffs alone, which src/parsers/sniff.ts asks stage by stage), each with its reader, and the
// floor's exports. Every format except k6 NDJSON (streamed by src/parsers/k6-ndjson/) reads from
// text to a Dataset of src/model.ts here. Pure: strings and bytes in.














/** Each format's reader of a whole document, by the first format of its registry entry. */
const READERS = {
    'k6-ndjson': (_text, file) => {
        throw new model/* InputError */.dz(file, 'k6 NDJSON is read by the streaming NDJSON reader, not parseDocument');
    },
    'k6-summary-export': (text, file, format) => parseK6Summary(text, file, format),
    'pytest-json-report': parsePytestJson,
    'pytest-benchmark': parsePytestBenchmark,
    'optimization-plan': parseOptimizationPlan,
    noise: parseNoise,
    approvals: parseApprovals,
    'junit-xml': parseJunit,
    'baseline-csv': parseBaselineCsv,
    'slo-updates': parseSloUpdates,
    markdown: markdown/* parseMarkdown */.D,
};
/** The registry (src/parsers/detect.ts, in detection order), each entry with its reader. */
const FORMATS = detect/* SNIFFED */.O.map((e) => {
    const parse = READERS[e.formats[0]];
    if (!parse)
        throw new Error(`no reader for ${e.formats[0]}`);
    return { ...e, parse };
});

/** Reads one document of a known format (every format except 'k6-ndjson'). */
function parseDocument(text, file, format) {
    const entry = FORMATS.find((f) => f.formats.includes(format));
    if (!entry)
        throw new model/* InputError */.dz(file, `unknown format "${String(format)}"`);
    return entry.parse(text, file, format);
}
/**
 * Bytes of a whole file to a Dataset: detects the format from the first 64 KiB unless `format`
 * names one, decodes the text (UTF-8, or UTF-16 with a BOM) and parses it. k6 NDJSON (detected or
 * named) is an InputError here: the I/O layer streams it through the NDJSON reader instead.
 */
function readDocument(bytes, file, format = 'auto', opts = {}) {
    const f = format === 'auto' ? (0,detect/* detectFormat */.T)(bytes.subarray(0, parsers_sniff/* DETECT_HEAD_BYTES */.ZM), file, opts) : format;
    return parseDocument((0,decode/* decodeText */.g7)(bytes, file), file, f);
}















/***/ }),

/***/ 44723:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ parseMarkdown)
/* harmony export */ });
/* harmony import */ var _text_decode_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85115);
/* harmony import */ var _sniff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62511);


const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/** Heading text without the optional closing sequence (`## Title ##` → `Title`). */
function headingText(raw) {
    if (!raw)
        return '';
    const t = raw.replace(/[ \t]+#+[ \t]*$/, '').replace(/^#+$/, '');
    return t.trim();
}
function parseMarkdown(text, file) {
    const body = (0,_text_decode_js__WEBPACK_IMPORTED_MODULE_0__/* .stripBom */ .F8)(text);
    const lines = body.split(/\r\n|\r|\n/);
    const sections = [];
    const warnings = [];
    let current;
    let fence;
    const flush = () => {
        if (current)
            sections.push({
                level: current.level,
                title: current.title,
                body: current.lines.join('\n').trim(),
                line: current.line,
            });
    };
    lines.forEach((line, i) => {
        const f = FENCE.exec(line);
        if (f) {
            const char = f[1][0];
            if (!fence) {
                // a backtick fence's info string may not contain backticks
                if (!(char === '`' && f[2].includes('`')))
                    fence = { char, len: f[1].length, line: i + 1 };
            }
            else if (char === fence.char && f[1].length >= fence.len && f[2].trim() === '')
                fence = undefined;
            current?.lines.push(line);
            return;
        }
        const h = fence ? null : ATX.exec(line);
        if (h) {
            flush();
            current = { level: h[1].length, title: headingText(h[2]), line: i + 1, lines: [] };
            return;
        }
        current?.lines.push(line);
    });
    flush();
    if (fence)
        warnings.push({
            file,
            line: fence.line,
            message: 'a code fence is never closed: the rest of the file is code',
        });
    if (sections.length === 0 && body.trim() !== '')
        warnings.push({ file, message: 'no headings: the document has no sections' });
    if (body.trim() === '')
        warnings.push({ file, message: 'the document is empty' });
    const ds = { format: 'markdown', file, sections, text: body, warnings };
    const h1 = sections.find((s) => s.level === 1);
    if (h1)
        ds.title = h1.title;
    return ds;
}


/***/ }),

/***/ 80066:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ readYaml)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76995);
/* harmony import */ var _decode_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85115);
// A YAML document as the document parsers read it (SLO updates, waivers): a parse error or an
// alias bomb is an InputError naming the file (and line), keys are unique, and `locate` finds the
// line of a value by its path (for schema errors and per-entry lines).



function readYaml(text, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)((0,_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .stripBom */ .F8)(text), { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length) {
        const e = doc.errors[0];
        const pos = lineCounter.linePos(e.pos[0]);
        throw new _model_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, `invalid YAML: ${e.message.split('\n')[0]}`, pos.line, pos.col);
    }
    let raw;
    try {
        // an alias bomb (aliases of aliases) is stopped by the yaml library: say which file
        raw = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        throw new _model_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, `invalid YAML: ${e.message}`);
    }
    const warnings = doc.warnings.map((w) => ({
        file,
        line: lineCounter.linePos(w.pos[0]).line,
        message: w.message.split('\n')[0],
    }));
    const locate = (path) => {
        for (let n = path.length; n >= 0; n--) {
            const node = doc.getIn(path.slice(0, n), true);
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(node) && node.range) {
                const { line, col } = lineCounter.linePos(node.range[0]);
                return { line, column: col };
            }
        }
        return undefined;
    };
    return { raw, warnings, locate };
}


/***/ })

};
