// Bundle entry of the `governance` action step.
import { runAction } from '../run/action.js';

void runAction('governance');
