import { Worker } from 'node:worker_threads';
import type { CheckContext, CheckResult } from '@zorgvuldig/core';

interface Task {
  resolve(r: CheckResult): void;
  reject(e: Error): void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Task>;
}

type Reply = { id: number; result: CheckResult } | { id: number; error: string };

/**
 * Runs the (CPU-bound) message check on worker threads so every core serves `POST /api/check` while the main
 * thread keeps handling HTTP and the database. Each task goes to the worker with the fewest tasks in flight; a
 * worker that dies fails its own tasks and is replaced.
 */
export class CheckPool {
  private readonly slots: Slot[] = [];
  private nextId = 1;
  private closed = false;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    // Workers cannot load TypeScript: run from source (tests), this uses the built worker in ../dist.
    const fromSource = import.meta.url.endsWith('.ts');
    const url = new URL(fromSource ? '../dist/check-worker.js' : './check-worker.js', import.meta.url);
    // Own execArgv: inheriting the parent's (e.g. `--input-type`) can stop the worker from starting.
    const worker = new Worker(url, { execArgv: [] });
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (m: Reply) => {
      const task = slot.pending.get(m.id);
      if (!task) return;
      slot.pending.delete(m.id);
      if ('error' in m) task.reject(new Error(m.error));
      else task.resolve(m.result);
    });
    const fail = (why: string) => {
      for (const t of slot.pending.values()) t.reject(new Error(why));
      slot.pending.clear();
      const i = this.slots.indexOf(slot);
      if (i >= 0 && !this.closed) this.slots[i] = this.spawn();
    };
    worker.on('error', () => fail('controle-werker gaf een fout'));
    worker.on('exit', () => fail('controle-werker gestopt'));
    worker.unref();
    return slot;
  }

  run(text: string, context: CheckContext): Promise<CheckResult> {
    if (this.closed) return Promise.reject(new Error('controle-werkers zijn gestopt'));
    let slot = this.slots[0]!;
    for (const s of this.slots) if (s.pending.size < slot.pending.size) slot = s;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, text, context });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
