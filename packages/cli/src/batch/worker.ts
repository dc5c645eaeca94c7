import { parentPort } from 'node:worker_threads';
import type { CheckContext } from '@zorgvuldig/core';
import { answerLines } from './answer.js';

/** Worker thread of the batch pool: answers `{seq, lines, defaults}` with `{seq, out, errors}`. Logs nothing. */
parentPort!.on('message', (m: { seq: number; lines: string[]; defaults: CheckContext }) => {
  parentPort!.postMessage({ seq: m.seq, ...answerLines(m.lines, m.defaults) });
});
