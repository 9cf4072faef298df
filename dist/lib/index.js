import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 73339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 91260:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ gzipHead),
/* harmony export */   He: () => (/* binding */ workersFromEnv),
/* harmony export */   a3: () => (/* binding */ prestartHashThread),
/* harmony export */   f$: () => (/* binding */ HASH_THREAD_MIN_BYTES),
/* harmony export */   uL: () => (/* binding */ hashInThread)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(98995);
// SHA-256 of an open file in a thread of its own, while this thread reads and parses the same file.
// Hashing costs about a third of a single-threaded read of a plain k6 file (100 MB: ~90 ms of
// ~300), and the second core is idle then; a thread that only hashes is a few lines of CommonJS given
// as code (no bundle to load) and needs no coordination: it reads the file on its own, by position
// (pread), from the descriptor this thread holds open. A thread takes 20-40 ms to start, and on a big
// file it is the last to finish: the command line starts one while it loads its own code
// (`prestartHashThread`), and the first file hashed apart takes it. Which files are hashed apart
// (plain, at least HASH_THREAD_MIN_BYTES, no parse workers) is decided here for both: the reader
// (io/ndjson-read.ts) and that early start use `gzipHead` and `workersFromEnv` alike.


/** Plain files at least this big, parsed in the reading thread alone, are hashed in a thread of their own. */
const HASH_THREAD_MIN_BYTES = 16 * 1024 * 1024;
/**
 * Parse worker threads asked for by PERF_GATES_NDJSON_WORKERS (tests and benchmarks force a count),
 * else undefined. With any, nothing is hashed apart.
 */
function workersFromEnv(env = process.env) {
    const w = env.PERF_GATES_NDJSON_WORKERS;
    return w !== undefined && /^\d+$/.test(w) ? Number(w) : undefined;
}
/** The first `n` bytes of `head` begin a gzip stream (its magic bytes: never the file's name). */
function gzipHead(head, n = head.length) {
    return n >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}
/**
 * The thread's code (CommonJS, Node built-ins only). It reads the descriptor (from workerData, or
 * from the first message when started ahead) from position 0 to the end of the file in 1 MiB pieces
 * and posts the hex digest with the byte count.
 */
const HASH_THREAD_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const { readSync } = require('node:fs');
const { createHash } = require('node:crypto');
function run(fd) {
  try {
    const hash = createHash('sha256');
    const buf = Buffer.allocUnsafe(1 << 20);
    let pos = 0;
    let n;
    while ((n = readSync(fd, buf, 0, buf.length, pos)) > 0) {
      hash.update(buf.subarray(0, n));
      pos += n;
    }
    parentPort.postMessage({ sha256: hash.digest('hex'), bytes: pos });
  } catch (e) {
    parentPort.postMessage({ error: String((e && e.message) || e), code: e && e.code });
  }
}
if (workerData && workerData.fd !== undefined) run(workerData.fd);
else parentPort.once('message', (m) => run(m.fd));
`;
function spawn(WorkerClass, workerData) {
    const worker = new WorkerClass(HASH_THREAD_CODE, {
        eval: true,
        workerData,
        resourceLimits: { maxYoungGenerationSizeMb: 4 },
    });
    const exited = new Promise((resolve) => worker.once('exit', () => resolve()));
    return { worker, exited };
}
/** A thread started ahead, waiting for a descriptor; undefined once taken (or never started). */
let spare;
/**
 * Start a hash thread ahead when `args` (a command line) names a plain file big enough to be hashed
 * apart, so that it has started by the time the file is read. It does not keep the process alive,
 * and an unused one ends with the process. A cheap look: a stat and two bytes per argument that is
 * a file, at most 64 of them; nothing when PERF_GATES_NDJSON_WORKERS asks for parse workers (then
 * nothing is hashed apart). Returns whether it started one.
 */
function prestartHashThread(args) {
    if (spare !== undefined)
        return false;
    if ((workersFromEnv() ?? 0) > 0)
        return false;
    let found = false;
    for (const a of args.slice(0, 64)) {
        if (a.startsWith('-'))
            continue;
        try {
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(a, { throwIfNoEntry: false });
            if (st === undefined || !st.isFile() || st.size < HASH_THREAD_MIN_BYTES)
                continue;
            const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(a, 'r');
            const head = Buffer.alloc(2);
            let n = 0;
            try {
                n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, head, 0, 2, 0);
            }
            finally {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            }
            if (gzipHead(head, n))
                continue; // gzip: hashed as it is read
            found = true;
            break;
        }
        catch {
            // unreadable: the command reports it
        }
    }
    if (!found)
        return false;
    const { Worker: WorkerClass } = (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url)('node:worker_threads');
    const s = { ...spawn(WorkerClass, {}), gone: false };
    s.worker.on('error', () => { }); // an idle thread's failure: the file is hashed by a new one
    void s.exited.then(() => (s.gone = true));
    s.worker.unref();
    spare = s;
    return true;
}
/**
 * Start hashing the file open as `fd`. The descriptor must stay open until `result` settles or
 * `stop()` resolves. Errors reading the file reject `result` with an Error carrying the code.
 */
function hashInThread(WorkerClass, fd) {
    let t;
    const s = spare;
    spare = undefined;
    if (s !== undefined && !s.gone) {
        t = s;
        t.worker.ref();
        t.worker.postMessage({ fd });
    }
    else {
        t = spawn(WorkerClass, { fd });
    }
    const { worker } = t;
    let exited = false;
    const exit = t.exited.then(() => {
        exited = true;
    });
    const result = new Promise((resolve, reject) => {
        worker.once('message', (m) => {
            if ('error' in m)
                reject(Object.assign(new Error(m.error), { code: m.code }));
            else
                resolve(m);
        });
        worker.once('error', reject);
        void exit.then(() => reject(new Error('the hashing thread exited before it finished')));
    });
    result.catch(() => { }); // the caller awaits it or stops the job; never an unhandled rejection
    return {
        result,
        stop: async () => {
            if (!exited)
                await worker.terminate();
            await exit;
        },
    };
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q7: () => (/* binding */ all),
/* harmony export */   R3: () => (/* binding */ diagnostics),
/* harmony export */   T9: () => (/* binding */ governance),
/* harmony export */   UD: () => (/* binding */ compare),
/* harmony export */   _Z: () => (/* binding */ baseline),
/* harmony export */   mk: () => (/* binding */ publish),
/* harmony export */   u8: () => (/* binding */ optimization),
/* harmony export */   xw: () => (/* binding */ cli)
/* harmony export */ });
/* harmony import */ var _io_hash_thread_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(91260);
// The one library bundle (dist/lib/): every action step and the command line, each as a `run()`.
// The entries dist/<step>/index.js and dist/cli/index.js are a few hand-written lines (written by
// scripts/package.mjs) that import this bundle and call one of these. Each loads its own code on
// first call, so the command line never loads the Actions toolkit and a gate never loads the CLI.

const baseline = async () => (await Promise.all(/* import() */[__nccwpck_require__.e(659), __nccwpck_require__.e(976), __nccwpck_require__.e(800), __nccwpck_require__.e(429), __nccwpck_require__.e(472)]).then(__nccwpck_require__.bind(__nccwpck_require__, 15546))).run();
const diagnostics = async () => (await Promise.all(/* import() */[__nccwpck_require__.e(659), __nccwpck_require__.e(976), __nccwpck_require__.e(800), __nccwpck_require__.e(429), __nccwpck_require__.e(967)]).then(__nccwpck_require__.bind(__nccwpck_require__, 47305))).run();
const optimization = async () => (await Promise.all(/* import() */[__nccwpck_require__.e(659), __nccwpck_require__.e(976), __nccwpck_require__.e(800), __nccwpck_require__.e(429), __nccwpck_require__.e(482)]).then(__nccwpck_require__.bind(__nccwpck_require__, 57976))).run();
const governance = async () => (await Promise.all(/* import() */[__nccwpck_require__.e(659), __nccwpck_require__.e(976), __nccwpck_require__.e(800), __nccwpck_require__.e(429), __nccwpck_require__.e(255)]).then(__nccwpck_require__.bind(__nccwpck_require__, 18329))).run();
const compare = async () => (await Promise.all(/* import() */[__nccwpck_require__.e(659), __nccwpck_require__.e(976), __nccwpck_require__.e(800), __nccwpck_require__.e(429), __nccwpck_require__.e(4)]).then(__nccwpck_require__.bind(__nccwpck_require__, 64078))).run();
const all = async () => (await Promise.all(/* import() */[__nccwpck_require__.e(659), __nccwpck_require__.e(976), __nccwpck_require__.e(800), __nccwpck_require__.e(429), __nccwpck_require__.e(364)]).then(__nccwpck_require__.bind(__nccwpck_require__, 12078))).run();
const publish = async () => (await Promise.all(/* import() */[__nccwpck_require__.e(659), __nccwpck_require__.e(816), __nccwpck_require__.e(913), __nccwpck_require__.e(976), __nccwpck_require__.e(800), __nccwpck_require__.e(540), __nccwpck_require__.e(294)]).then(__nccwpck_require__.bind(__nccwpck_require__, 21294))).run();
const cli = async (argv, opts) => {
    // a big file's hash thread starts while the command line's code loads (io/hash-thread.ts)
    (0,_io_hash_thread_js__WEBPACK_IMPORTED_MODULE_0__/* .prestartHashThread */ .a3)(argv ?? process.argv.slice(2));
    return (await Promise.all(/* import() */[__nccwpck_require__.e(800), __nccwpck_require__.e(511), __nccwpck_require__.e(330), __nccwpck_require__.e(527)]).then(__nccwpck_require__.bind(__nccwpck_require__, 66527))).run(argv, opts);
};

var __webpack_exports__all = __webpack_exports__.Q7;
var __webpack_exports__baseline = __webpack_exports__._Z;
var __webpack_exports__cli = __webpack_exports__.xw;
var __webpack_exports__compare = __webpack_exports__.UD;
var __webpack_exports__diagnostics = __webpack_exports__.R3;
var __webpack_exports__governance = __webpack_exports__.T9;
var __webpack_exports__optimization = __webpack_exports__.u8;
var __webpack_exports__publish = __webpack_exports__.mk;
export { __webpack_exports__all as all, __webpack_exports__baseline as baseline, __webpack_exports__cli as cli, __webpack_exports__compare as compare, __webpack_exports__diagnostics as diagnostics, __webpack_exports__governance as governance, __webpack_exports__optimization as optimization, __webpack_exports__publish as publish };
