// Bundle entry of the `diagnostics` action step.
import { runAction } from '../run/action.js';

void runAction('diagnostics');
