// Bundle entry of the `baseline` action step.
import { runAction } from '../run/action.js';

void runAction('baseline');
