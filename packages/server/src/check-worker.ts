import { parentPort } from 'node:worker_threads';
import { check, type CheckContext } from '@zorgvuldig/core';

/** Worker thread of CheckPool: answers `{id, text, context}` with the check result. Logs nothing. */
parentPort!.on('message', (m: { id: number; text: string; context: CheckContext }) => {
  try {
    parentPort!.postMessage({ id: m.id, result: check(m.text, m.context) });
  } catch (err) {
    parentPort!.postMessage({ id: m.id, error: err instanceof Error ? err.name : 'fout' });
  }
});
