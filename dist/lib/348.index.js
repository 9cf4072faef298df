export const id = 348;
export const ids = [348];
export const modules = {

/***/ 39348:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseDeploymentReport: () => (/* binding */ parseDeploymentReport),
/* harmony export */   parseIncidentReport: () => (/* binding */ parseIncidentReport),
/* harmony export */   parseIntakeBacklog: () => (/* binding */ parseIntakeBacklog)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76995);
/* harmony import */ var _text_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60907);
/* harmony import */ var _markdown_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44723);
// The intake documents of protocol-18's prerequisites besides the monitoring package:
// INCIDENT-REPORT.md (protocol 17), DEPLOYMENT-REPORT.md (protocol 15) and
// performance-intake-backlog.json (previous cycles). Pure: text in, what gate 1 cites out. Nothing
// is invented: a section that is not there is absent.



/** A section's own text and that of its sub-sections, up to the next section of the same or higher level. */
function sectionWithChildren(doc, i) {
    const s = doc.sections[i];
    const parts = [s.body];
    for (let j = i + 1; j < doc.sections.length && doc.sections[j].level > s.level; j++)
        parts.push(`${doc.sections[j].title}\n${doc.sections[j].body}`);
    return parts.join('\n').trim();
}
function findSection(doc, ...patterns) {
    for (const p of patterns) {
        const i = doc.sections.findIndex((s) => p.test(s.title));
        if (i >= 0) {
            const text = sectionWithChildren(doc, i);
            if (text)
                return { title: doc.sections[i].title, line: doc.sections[i].line, text };
        }
    }
    return undefined;
}
function parseIncidentReport(text, file) {
    const doc = (0,_markdown_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseMarkdown */ .D)(text, file);
    if (!doc.text.trim())
        throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, 'the incident report is empty');
    const alertsSec = doc.sections.findIndex((s) => /^alerts?\b/i.test(s.title.trim()));
    const alerts = [];
    if (alertsSec >= 0) {
        const s = doc.sections[alertsSec];
        s.body.split(/\r?\n/).forEach((l, k) => {
            const m = /^\s*(?:[-*+]|\d+[.)])\s+(.+)$/.exec(l);
            if (m)
                alerts.push({ text: m[1].trim(), line: s.line + 1 + k });
        });
    }
    const r = { format: 'incident-report', file, alerts, doc };
    if (doc.title)
        r.title = doc.title;
    const impact = findSection(doc, /business\s+impact/i, /^impact\b/i, /customer\s+impact/i);
    if (impact)
        r.businessImpact = impact;
    const timeline = findSection(doc, /timeline/i);
    if (timeline)
        r.timeline = timeline;
    return r;
}
function parseDeploymentReport(text, file) {
    const doc = (0,_markdown_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseMarkdown */ .D)(text, file);
    if (!doc.text.trim())
        throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, 'the deployment report is empty');
    const r = {
        format: 'deployment-report',
        file,
        sections: doc.sections.map((s) => s.title),
        doc,
    };
    if (doc.title)
        r.title = doc.title;
    return r;
}
const str = (v) => typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null;
/** A list of backlog items, or an object holding one under `items`, `backlog` or `entries`. */
function parseIntakeBacklog(text, file) {
    const doc = (0,_text_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonText */ .lk)(text, file);
    let list;
    if (Array.isArray(doc))
        list = doc;
    else if (doc && typeof doc === 'object') {
        const o = doc;
        list = o.items ?? o.backlog ?? o.entries;
    }
    if (!Array.isArray(list))
        throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, 'performance intake backlog: expected a list of items (or `items`, `backlog` or `entries` holding one)', 1);
    const items = list.map((it, i) => {
        if (!it || typeof it !== 'object' || Array.isArray(it))
            throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `performance intake backlog: item ${i} is not an object`);
        const o = it;
        return {
            id: str(o.id ?? o.key),
            title: str(o.title ?? o.summary ?? o.name),
            priority: str(o.priority ?? o.severity),
            status: str(o.status ?? o.state),
        };
    });
    return { format: 'intake-backlog', file, items };
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


/***/ })

};
