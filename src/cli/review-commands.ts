// Registers the investigator and review subcommands: `screen lookup`, `screen allow`,
// `screen config`. The root command keeps its `[input]` argument (`screen tx.csv`).
import type { Command } from 'commander';
import { registerAllow } from './allow-command';
import { registerConfig } from './config-command';
import { registerLookup } from './lookup-command';

export function registerReviewCommands(program: Command, result: { code: number }): void {
  // Root options are read only before a subcommand's name, so `screen lookup X --list L`
  // gives --list to lookup rather than to the root command.
  program.enablePositionalOptions();
  registerLookup(program, result);
  registerAllow(program, result);
  registerConfig(program, result);
}
