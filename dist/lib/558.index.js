export const id = 558;
export const ids = [558];
export const modules = {

/***/ 73558:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readMonitoringPackage: () => (/* binding */ readMonitoringPackage),
/* harmony export */   unzipPackage: () => (/* binding */ unzipPackage)
/* harmony export */ });
/* unused harmony exports parsePrometheusText, parseMetricCsv */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var fflate__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51306);
/* harmony import */ var papaparse__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28728);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76995);
// The monitoring package of protocol 16 (`MONITORING-PACKAGE.zip`, or the folder it unpacks to): its
// listing, and the metric exports inside it: Prometheus text exposition (`*.prom`, or any text file
// starting with `# HELP`/`# TYPE`) and CSV exports (a header with `metric` or `metric_name` and
// `value`). Pure: bytes in (the I/O layer lists a folder or hands over the zip's bytes).




const sha = (b) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(b).digest('hex');
/** Entries of a zip file (directories skipped). A damaged zip is an InputError naming the file. */
function unzipPackage(bytes, file) {
    if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
        throw new _model_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(file, 'not a zip file (no PK signature): give the monitoring package zip or its folder');
    let files;
    try {
        files = (0,fflate__WEBPACK_IMPORTED_MODULE_3__/* .unzipSync */ .AO)(bytes);
    }
    catch (e) {
        throw new _model_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(file, `cannot read the zip: ${e.message}`);
    }
    return Object.entries(files)
        .filter(([p]) => !p.endsWith('/'))
        .map(([p, data]) => ({ path: p, data }))
        .sort((a, b) => (a.path < b.path ? -1 : 1));
}
const PROM_LINE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+([-+]?(?:[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?|NaN|[-+]?Inf))(?:\s+(-?\d+))?\s*$/;
function promLabels(s, entry, line) {
    const out = {};
    const re = /\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*"((?:[^"\\]|\\.)*)"\s*,?/y;
    let i = 0;
    while (i < s.length) {
        re.lastIndex = i;
        const m = re.exec(s);
        if (!m)
            throw new _model_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(entry, `Prometheus labels not readable: {${s}}`, line);
        out[m[1]] = m[2].replace(/\\n/g, '\n').replace(/\\"/g, '"').replace(/\\\\/g, '\\');
        i = re.lastIndex;
    }
    return out;
}
/** Prometheus text exposition format 0.0.4: one sample per line; comments and blank lines skipped. */
function parsePrometheusText(text, entry) {
    const out = [];
    const lines = text.split(/\r?\n/);
    lines.forEach((raw, i) => {
        const l = raw.trim();
        if (l === '' || l.startsWith('#'))
            return;
        const m = PROM_LINE.exec(l);
        if (!m)
            throw new _model_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(entry, `not a Prometheus text-format sample: ${l.slice(0, 80)}`, i + 1);
        const value = Number(m[4].replace(/^\+?Inf$/, 'Infinity').replace(/^-Inf$/, '-Infinity'));
        if (!Number.isFinite(value))
            return;
        const s = {
            name: m[1],
            labels: m[3] ? promLabels(m[3], entry, i + 1) : {},
            value,
            entry,
            line: i + 1,
        };
        if (m[5])
            s.timestamp = new Date(Number(m[5])).toISOString();
        out.push(s);
    });
    return out;
}
const NAME_COLS = ['metric_name', 'metric', '__name__', 'name'];
const LABEL_COLS = ['service', 'job', 'container', 'pod', 'instance'];
/** A CSV metric export: header with a metric column and `value`; service/job/instance, unit, timestamp optional. */
function parseMetricCsv(text, entry) {
    const parsed = papaparse__WEBPACK_IMPORTED_MODULE_1__.parse(text.replace(/^\uFEFF/, ''), {
        header: true,
        skipEmptyLines: true,
        transformHeader: (h) => h.trim().toLowerCase(),
    });
    const fields = parsed.meta.fields ?? [];
    const nameCol = NAME_COLS.find((c) => fields.includes(c));
    if (!nameCol || !fields.includes('value'))
        return undefined;
    const out = [];
    parsed.data.forEach((row, i) => {
        const v = Number(row.value);
        if (!row[nameCol] || row.value === undefined || row.value.trim() === '' || !Number.isFinite(v))
            return;
        const labels = {};
        for (const c of LABEL_COLS)
            if (row[c])
                labels[c] = row[c].trim();
        const s = { name: row[nameCol].trim(), labels, value: v, entry, line: i + 2 };
        const ts = row.timestamp ?? row.time;
        if (ts && !Number.isNaN(Date.parse(ts)))
            s.timestamp = new Date(Date.parse(ts)).toISOString();
        else if (ts && /^\d{10}(\.\d+)?$/.test(ts))
            s.timestamp = new Date(Number(ts) * 1000).toISOString();
        if (row.unit)
            s.unit = row.unit.trim();
        out.push(s);
    });
    return out;
}
function isPromText(path, text) {
    if (/\.prom$/i.test(path))
        return true;
    return /^\s*#\s*(HELP|TYPE)\s+[a-zA-Z_:]/.test(text.slice(0, 512));
}
/** Read a package from its entries (a zip's, or a folder's files with paths relative to it). */
function readMonitoringPackage(entries, file, kind) {
    const warnings = [];
    const listing = entries.map((e) => ({
        path: e.path,
        bytes: e.data.length,
        sha256: sha(e.data),
    }));
    const exports = [];
    const samples = [];
    for (const e of entries) {
        const isText = /\.(prom|txt|csv|metrics)$/i.test(e.path);
        if (!isText)
            continue;
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
        }
        else if (isPromText(e.path, text)) {
            const got = parsePrometheusText(text, where);
            exports.push({ path: e.path, format: 'prometheus-text', samples: got.length });
            samples.push(...got);
        }
    }
    if (entries.length === 0)
        warnings.push({ file, message: 'the monitoring package is empty' });
    else if (exports.length === 0)
        warnings.push({
            file,
            message: 'no metric exports (Prometheus text or CSV) in the monitoring package: listed only',
        });
    return { format: 'monitoring-package', file, kind, entries: listing, exports, samples, warnings };
}
// CPU and memory per service, and the alerts: parsers/intake/resources.ts (the gate reads them
// without loading the zip and CSV readers)



/***/ })

};
