// Bundle entry of the `baseline` action step.
import { isNdjsonWorker, ndjsonWorkerMain } from '../io/k6-read.js';
import { runAction } from '../io/action-host.js';

if (isNdjsonWorker()) void ndjsonWorkerMain();
else void runAction('baseline');
