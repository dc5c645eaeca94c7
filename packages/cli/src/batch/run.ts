import { availableParallelism } from 'node:os';
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import type { CheckContext } from '@zorgvuldig/core';
import { write, type Io } from '../io.js';
import { answerLines, type Answers } from './answer.js';
import { BatchPool } from './pool.js';

/** Lines per chunk. */
const CHUNK = 250;
/** The first this many lines are answered in this thread alone: a worker's own start-up and warm-up cost more than it saves on a small batch. */
const PARALLEL_FROM = 2000;
/** Chunks whose answers may wait for an earlier, slower chunk before reading stops (bounds memory). */
const MAX_AHEAD = 8;
/**
 * Worker threads are opt-in (`--werkers n`). Every worker loads the lexicons and warms up on its own, so on
 * two cores they were slower for 17,000 texts (4.2 s against 3.1 s) and only somewhat faster for 100,000
 * (9.6–10.9 s against 10.8–12.8 s), at twice the memory. They pay off on machines with more cores.
 */
export const DEFAULT_WORKERS = 0;
/** The most workers `--werkers` may ask for: one per core. */
export const MAX_WORKERS = availableParallelism();

interface Slot {
  answers?: Answers;
  promise: Promise<Answers>;
}

/**
 * Batch mode (contract check.md): one output line per non-blank input line, in input order; bad lines get
 * `{id, error}` and the run goes on. From line PARALLEL_FROM on, a large batch is checked by `workers` worker
 * threads while this one reads and writes (0: all in this thread); the output is the same either way. Returns the exit code: 1 when any
 * line was an error.
 */
export async function runBatch(io: Io, defaults: CheckContext, workers = DEFAULT_WORKERS): Promise<number> {
  let errors = 0;
  let pool: BatchPool | undefined;
  let seen = 0;
  let lines: string[] = [];
  // Answers in input order that are not written yet.
  const queue: Slot[] = [];
  const enqueue = (promise: Promise<Answers>) => {
    const slot: Slot = { promise };
    promise.then((a) => (slot.answers = a));
    queue.push(slot);
  };
  /** Write the answers that are ready, in order; with `all`, wait for the rest too. */
  const flush = async (all: boolean) => {
    let out = '';
    while (queue.length && (queue[0]!.answers || all || queue.length > MAX_AHEAD)) {
      const a = queue[0]!.answers ?? (await queue[0]!.promise);
      queue.shift();
      errors += a.errors;
      out += a.out;
    }
    if (out) await write(io.stdout, out);
  };
  const dispatch = async (chunk: string[]) => {
    if (!pool && workers > 0 && seen >= PARALLEL_FROM) pool = new BatchPool(workers, defaults);
    // Once the workers run, this thread only reads and writes: sharing the checking with them was slower.
    enqueue(pool ? pool.answer(chunk) : Promise.resolve(answerLines(chunk, defaults)));
    await flush(false);
  };
  try {
    for await (const read of inputLines(io.stdin)) {
      for (const line of read) {
        lines.push(line);
        seen++;
        if (lines.length >= CHUNK) {
          const chunk = lines;
          lines = [];
          await dispatch(chunk);
        }
      }
    }
    if (lines.length) await dispatch(lines);
    await flush(true);
  } finally {
    await pool?.close();
  }
  return errors > 0 ? 1 : 0;
}

/** Line breaks as readline knows them: CRLF, LF or a lone CR. */
const LINE_BREAK = /\r\n|\r|\n/;

/**
 * The input's lines, a read chunk at a time (UTF-8, characters split over chunks kept whole). Cheaper than
 * readline's one event per line. A CRLF split over two chunks gives an extra blank line, which gets no answer.
 */
export async function* inputLines(input: Readable): AsyncGenerator<string[]> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of input) {
    const parts = (rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer))).split(LINE_BREAK);
    rest = parts.pop()!;
    if (parts.length) yield parts;
  }
  rest += decoder.end();
  if (rest) yield [rest];
}
