// Bundle entry of the `all` action step.
import { runAction } from '../run/action.js';

void runAction('all');
