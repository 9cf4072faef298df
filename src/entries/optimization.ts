// Bundle entry of the `optimization` action step.
import { runAction } from '../run/action.js';

void runAction('optimization');
