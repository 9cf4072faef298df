#!/usr/bin/env node
// Bundle entry of the perf-gates command line.
import { isNdjsonWorker, ndjsonWorkerMain } from '../io/k6-read.js';
import { main } from '../cli/main.js';

if (isNdjsonWorker()) void ndjsonWorkerMain();
else
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
