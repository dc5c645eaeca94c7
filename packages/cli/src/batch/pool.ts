import { Worker } from 'node:worker_threads';
import type { CheckContext } from '@zorgvuldig/core';
import { answerLines, type Answers } from './answer.js';


interface Slot {
  worker: Worker;
  pending: Map<number, { lines: string[]; resolve(a: Answers): void }>;
  dead: boolean;
}

/**
 * Worker threads that answer chunks of batch lines, so a large batch uses every core. A chunk whose worker
 * fails is answered in this thread instead: no line is ever lost.
 */
export class BatchPool {
  private readonly slots: Slot[] = [];
  private seq = 0;

  constructor(
    size: number,
    private readonly defaults: CheckContext,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    // Workers cannot load TypeScript: when this module runs from source (tests), use the built worker. The
    // path also holds from the CLI bundle (dist/bundle/), whose import.meta.url is the bundle's.
    const fromSource = import.meta.url.endsWith('.ts');
    const url = new URL(fromSource ? '../../dist/batch/worker.js' : '../batch/worker.js', import.meta.url);
    // Own execArgv: inheriting the parent's (e.g. `--input-type`) can stop the worker from starting.
    const worker = new Worker(url, { execArgv: [] });
    const slot: Slot = { worker, pending: new Map(), dead: false };
    worker.on('message', (m: Answers & { seq: number }) => {
      const task = slot.pending.get(m.seq);
      if (!task) return;
      slot.pending.delete(m.seq);
      task.resolve({ out: m.out, errors: m.errors });
    });
    const fail = () => {
      slot.dead = true;
      for (const task of slot.pending.values()) task.resolve(answerLines(task.lines, this.defaults));
      slot.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    return slot;
  }

  /** Answers for `lines` from the least busy live worker (from this thread when none is left). */
  answer(lines: string[]): Promise<Answers> {
    let slot: Slot | undefined;
    for (const s of this.slots) if (!s.dead && (!slot || s.pending.size < slot.pending.size)) slot = s;
    if (!slot) return Promise.resolve(answerLines(lines, this.defaults));
    const seq = this.seq++;
    const target = slot;
    return new Promise((resolve) => {
      target.pending.set(seq, { lines, resolve });
      target.worker.postMessage({ seq, lines, defaults: this.defaults });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
