import { checkCommand } from './check.js';
import { delenCommand } from './delen.js';
import { normenCommand } from './normen.js';
import { oefenenCommand } from './oefenen.js';
import { serveCommand } from './serve.js';
import { situatieCommand } from './situatie.js';
import { situatiesCommand } from './situaties.js';
import type { Command } from './types.js';

/** Every CLI command, in the order `zorgvuldig help` lists them. Add a command: one file in this folder, listed here. */
export const COMMANDS: readonly Command[] = [checkCommand, normenCommand, delenCommand, situatiesCommand, situatieCommand, oefenenCommand, serveCommand];
