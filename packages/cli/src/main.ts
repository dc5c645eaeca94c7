import { COMMANDS } from './commands/index.js';
import { UsageError, write, type Io } from './io.js';

export const VERSION = '0.1.0';

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Zorgvuldig — verantwoord online communiceren en cliëntinformatie delen in zorg en welzijn.',
    '',
    'Gebruik: zorgvuldig <opdracht> [opties]',
    '',
    'Opdrachten:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Meer over een opdracht: zorgvuldig <opdracht> --help',
  ].join('\n');
}

/** Run the CLI with the given arguments; returns the exit code. Never throws. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    await write(io.stdout, help() + '\n');
    return 0;
  }
  if (name === '--version' || name === '-v') {
    await write(io.stdout, VERSION + '\n');
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    await write(io.stderr, `Onbekende opdracht '${name}' (unknown command).\n\n${help()}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    await write(io.stdout, command.usage + '\n');
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      await write(io.stderr, `Fout: ${err.message}\n\n${command.usage}\n`);
      return 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    await write(io.stderr, `Fout: ${message}\n`);
    return 2;
  }
}
