// Command-line wiring only: parse flags, call the lists / matcher / screener / printers.
import { Command, CommanderError } from 'commander';
import { ListError } from '../lists/entity';
import { UsageError } from '../screen/columns';
import { EncodingError } from '../screen/decode';
import { registerScreen } from './screen-command';
import { registerLists } from './lists-command';
import { registerReviewCommands } from './review-commands';

export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  program
    .name('screen')
    .description('Screen transaction CSVs against sanctions lists (fuzzy names, exact wallets).')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });
  const result: { code: number } = { code: 0 };
  registerScreen(program, result);
  registerLists(program, result);
  registerReviewCommands(program, result);
  try {
    await program.parseAsync(argv);
    return result.code;
  } catch (err) {
    return handleError(err);
  }
}

const VERSION = '0.1.0';

function handleError(err: unknown): number {
  if (err instanceof CommanderError) {
    // --help and --version end through here with exit code 0.
    return err.exitCode === 0 ? 0 : 2;
  }
  if (err instanceof ListError) {
    process.stderr.write(`txscreen: list error: ${err.message}\n`);
    return 2;
  }
  if (err instanceof EncodingError) {
    process.stderr.write(`txscreen: ${err.message}\n`);
    return 2;
  }
  if (err instanceof UsageError) {
    process.stderr.write(`txscreen: ${err.message}\n`);
    return 2;
  }
  const e = err as NodeJS.ErrnoException;
  if (e && (e.code === 'ENOENT' || e.code === 'EISDIR' || e.code === 'EACCES')) {
    process.stderr.write(`txscreen: cannot read ${e.path ?? ''}: ${e.code}\n`);
    return 2;
  }
  process.stderr.write(`txscreen: error: ${e?.stack ?? String(err)}\n`);
  return 2;
}
