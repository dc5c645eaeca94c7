import type { Io } from '../io.js';

export interface Command {
  name: string;
  /** One line, Dutch. */
  summary: string;
  /** Full usage text, Dutch. */
  usage: string;
  /** Returns the process exit code. Throw `UsageError` for bad options (exit 2). */
  run(args: string[], io: Io): Promise<number>;
}
