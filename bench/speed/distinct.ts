// Reads a transaction CSV once (streamed) and keeps what the speed bench's in-process part
// needs: the distinct counterparty names and wallets, in order of first appearance, and the
// row-by-row sequence of name indexes (Int32, -1 for a blank cell) for the cache replay.
import { createReadStream, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse';
import type { DistinctValues } from './micro';

export async function extractDistinct(csvPath: string, namesOut: string, seqOut: string): Promise<DistinctValues> {
  const names = new Map<string, number>();
  const wallets = new Map<string, number>();
  let seq = new Int32Array(1 << 20);
  let rows = 0;
  let nameCol = -1;
  let walletCol = -1;
  const parser = createReadStream(csvPath, { highWaterMark: 1 << 20 }).pipe(parse({ relax_column_count: true }));
  for await (const row of parser as AsyncIterable<string[]>) {
    if (nameCol === -1 && walletCol === -1) {
      nameCol = row.indexOf('counterparty_name');
      walletCol = row.indexOf('wallet_address');
      if (nameCol === -1 || walletCol === -1) throw new Error(`${csvPath}: no counterparty_name / wallet_address column`);
      continue;
    }
    const name = row[nameCol] ?? '';
    let id = -1;
    if (name.trim() !== '') {
      id = names.get(name) ?? -1;
      if (id === -1) names.set(name, (id = names.size));
    }
    if (rows === seq.length) {
      const bigger = new Int32Array(seq.length * 2);
      bigger.set(seq);
      seq = bigger;
    }
    seq[rows++] = id;
    const wallet = row[walletCol] ?? '';
    if (wallet.trim() !== '' && !wallets.has(wallet)) wallets.set(wallet, wallets.size);
  }
  const result: DistinctValues = { rows, names: [...names.keys()], wallets: [...wallets.keys()] };
  writeFileSync(namesOut, JSON.stringify(result));
  writeFileSync(seqOut, seq.subarray(0, rows));
  return result;
}
