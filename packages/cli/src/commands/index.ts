import { checkCommand } from './check.js';
import { normenCommand } from './normen.js';
import { serveCommand } from './serve.js';
import type { Command } from './types.js';

/** Every CLI command, in the order `zorgvuldig help` lists them. Add a command: one file in this folder, listed here. */
export const COMMANDS: readonly Command[] = [checkCommand, normenCommand, serveCommand];
