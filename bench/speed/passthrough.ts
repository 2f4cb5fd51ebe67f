// The pass-through floor of the speed bench: csv-parse (rows as arrays) → csv-stringify →
// a file, streamed, nothing else. Every CSV tool pays at least this; `npm run bench:speed`
// bundles this file with esbuild (as scripts/build.mjs bundles the CLI) and runs it with plain
// node in a child process, timed from spawn to exit like the screen run.
//
//   node passthrough.cjs IN.csv OUT.csv      → prints {"rows":N,"ms":T} on stdout
import { createReadStream, createWriteStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify';

async function main(input: string, output: string): Promise<void> {
  const started = performance.now();
  let rows = 0;
  const count = new Transform({
    objectMode: true,
    transform(row: string[], _enc, done) {
      rows++;
      done(null, row);
    },
  });
  await pipeline(
    createReadStream(input, { highWaterMark: 256 * 1024 }),
    parse({ relax_column_count: true }),
    count,
    stringify(),
    createWriteStream(output, { highWaterMark: 256 * 1024 }),
  );
  // The header is a row for csv-parse too: report data rows like the screen summary does.
  process.stdout.write(`${JSON.stringify({ rows: Math.max(0, rows - 1), ms: performance.now() - started })}\n`);
}

const [input, output] = process.argv.slice(2);
if (input === undefined || output === undefined) {
  process.stderr.write('usage: node passthrough.cjs IN.csv OUT.csv\n');
  process.exitCode = 2;
} else {
  main(input, output).catch((e: unknown) => {
    process.stderr.write(`passthrough: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  });
}
