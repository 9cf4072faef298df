export const id = 399;
export const ids = [399];
export const modules = {

/***/ 71780:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cliHost: () => (/* binding */ cliHost)
/* harmony export */ });
function cliHost(cwd = process.cwd()) {
    const err = (s) => process.stderr.write(s + '\n');
    return {
        kind: 'cli',
        info: err,
        notice: (s) => err(`notice: ${s}`),
        warning: (s, file, line) => err(`warning: ${file ? `${file}${line ? `:${line}` : ''}: ` : ''}${s}`),
        error: (s) => err(`error: ${s}`),
        group: async (name, fn) => {
            err(name);
            return fn();
        },
        setOutput: (name, value) => err(`output ${name}=${value}`),
        summary: async (md) => {
            process.stdout.write(md.endsWith('\n') ? md : md + '\n');
        },
        env: process.env,
        cwd,
    };
}


/***/ })

};
