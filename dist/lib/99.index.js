export const id = 99;
export const ids = [99];
export const modules = {

/***/ 2099:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ percentileOf),
/* harmony export */   v: () => (/* binding */ percentileSorted)
/* harmony export */ });
// Percentiles exactly as k6 computes them (metrics/sink.go TrendSink.P): sort ascending,
// i = p*(n-1), linear interpolation between the neighbours. n = 0 gives NaN here (k6 prints 0;
// we report "no data" instead of a number that looks like a measurement).
function percentileSorted(sorted, p) {
    const n = sorted.length;
    if (n === 0)
        return Number.NaN;
    if (n === 1)
        return sorted[0];
    const i = p * (n - 1);
    const lo = Math.floor(i);
    const hi = Math.ceil(i);
    const a = sorted[lo];
    return a + (sorted[hi] - a) * (i - lo);
}
/** `p50`→0.5, `p95`→0.95, `p(99.9)`→0.999, `med`→0.5; undefined when not a percentile. */
function percentileOf(stat) {
    if (stat === 'med' || stat === 'p50')
        return 0.5;
    const m = /^p\(?(\d+(?:\.\d+)?)\)?$/.exec(stat);
    if (!m)
        return undefined;
    const v = Number(m[1]);
    return v >= 0 && v <= 100 ? v / 100 : undefined;
}


/***/ })

};
