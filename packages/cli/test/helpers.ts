import { PassThrough, Readable } from 'node:stream';
import type { Io } from '../src/io.js';
import { main } from '../src/main.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process with `input` as stdin (piped, not a TTY). */
export async function run(argv: string[], input = '', opts: { tty?: boolean } = {}): Promise<RunResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
  stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
  const io: Io = {
    stdin: Readable.from(input === '' ? [] : [Buffer.from(input, 'utf8')]),
    stdout,
    stderr,
    stdinIsTTY: opts.tty ?? false,
    env: {},
    cwd: process.cwd(),
  };
  const code = await main(argv, io);
  return { code, stdout: out, stderr: err };
}
