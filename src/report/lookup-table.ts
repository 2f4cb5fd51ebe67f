// Terminal text for `screen lookup`: candidates as labelled blocks, and `--explain` as the
// full arithmetic of one score. Pure: returns strings. Laid out for `width` columns (80
// when unknown): text is wrapped plain and coloured afterwards, and every value that came
// from a list or the user is sanitized, as in the screening table.
//
//    1  97.5  ofac-sdn #21171  individual  ≥ threshold 80
//      name        PRIGOZHIN, Yevgeniy Viktorovich
//      matched     PRIGOZHIN, Evgeny (aka)
//      programs    UKRAINE-EO13661; CYBER2; ELECTION-EO13848; RUSSIA-EO14024
//      …
import type { Entity } from '../lists/entity';
import type { LookupCandidate, LookupResult } from '../match/lookup';
import { displayWidth, hang, padEnd, sanitize, truncate } from './layout';
import type { ExplainReport, LookupReport, NameExplainReport, WalletExplainReport } from './lookup-json';
import { makeChalk, scoreStyle, type Style } from './style';

export interface LookupTableOptions {
  color: boolean;
  /** Terminal width; 80 when unknown, never below 60. */
  width?: number;
}

const DEFAULT_WIDTH = 80;
const MIN_WIDTH = 60;
const INDENT = '    ';
const LABEL_WIDTH = 12; // "nationality " — the longest label plus a space
const REMARKS_EXCERPT = 160;

const plain: Style = (t) => t;

/** First `max` characters of the remarks, cut at a word boundary, with an ellipsis. */
export function remarksExcerpt(remarks: string, max = REMARKS_EXCERPT): string {
  const text = remarks.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[;,.\s]+$/, '')}…`;
}

function fmt(n: number, digits: number): string {
  return n.toFixed(digits);
}

function layout(opts: LookupTableOptions) {
  const width = Math.max(MIN_WIDTH, Math.floor(opts.width ?? DEFAULT_WIDTH));
  const c = makeChalk(opts.color);
  const field = (label: string, text: string, style: Style = plain, indent = INDENT): string[] => {
    const prefix = indent + label.padEnd(LABEL_WIDTH);
    return hang(prefix, indent + c.dim(label.padEnd(LABEL_WIDTH)), sanitize(text), width, style);
  };
  return { width, c, field };
}

function walletLines(e: Entity): string[] {
  return e.wallets.map((w) => `${w.ticker} ${w.address}${w.partial === true ? ' (cut short by the list)' : ''}`);
}

function candidateBlock(cand: LookupCandidate, threshold: number, opts: LookupTableOptions): string[] {
  const { width, c, field } = layout(opts);
  const e = cand.entity;
  const rank = String(cand.rank).padStart(2);
  const score = fmt(cand.score, 1).padStart(5);
  const flagged = cand.score >= threshold;
  const flag = flagged ? `≥ threshold ${threshold}` : `below threshold ${threshold}`;
  const headPlain = `${rank}  ${score}  ${e.list} #${e.id}  ${e.type}  ${flag}`;
  const head =
    displayWidth(sanitize(headPlain)) <= width
      ? `${c.bold(rank)}  ${scoreStyle(c, cand.score)(score)}  ${c.bold(sanitize(`${e.list} #${e.id}`))}  ${e.type}  ${flagged ? c.red(flag) : c.dim(flag)}`
      : truncate(sanitize(headPlain), width);
  const lines = [head, ...field('name', e.names[0]?.name ?? '', c.bold)];
  lines.push(...field('matched', cand.matchedKind === 'wallet' ? `wallet ${cand.matchedName}` : `${cand.matchedName} (${cand.matchedKind})`));
  lines.push(...field('programs', e.programs.length > 0 ? e.programs.join('; ') : '(none)'));
  const aliases = e.names.slice(1);
  if (aliases.length > 0) lines.push(...field('aliases', aliases.map((n) => (n.kind === 'aka' ? n.name : `${n.name} (${n.kind})`)).join('; ')));
  if (e.birthDates.length > 0) lines.push(...field('born', e.birthDates.join('; ')));
  if (e.nationalities.length > 0) lines.push(...field('nationality', e.nationalities.join('; ')));
  // One address / wallet per line: they are what a reviewer compares with the customer record.
  e.addresses.forEach((a, i) => lines.push(...field(i === 0 ? 'addresses' : '', a)));
  walletLines(e).forEach((w, i) => lines.push(...field(i === 0 ? 'wallets' : '', w)));
  if (e.remarks.trim() !== '') lines.push(...field('remarks', remarksExcerpt(e.remarks), c.dim));
  lines.push(...field('why', cand.explanation));
  return lines;
}

function resultBlock(result: LookupResult, report: LookupReport, opts: LookupTableOptions): string {
  const { width, c } = layout(opts);
  const title = `${result.kind === 'address' ? 'wallet' : 'name'} ${JSON.stringify(result.query)}`;
  const lines = hang('', '', sanitize(title), width, c.bold);
  lines.push(...hang('compared as ', 'compared as ', sanitize(`${result.normalized} (${result.note})`), width, c.dim));
  const floor =
    result.kind === 'address'
      ? `wallet match${result.total === 1 ? '' : 'es'} (exact, or a prefix of an address the list cut short)`
      : `candidate${result.total === 1 ? '' : 's'} scoring ${report.minScore} or more`;
  const shown = result.total > result.candidates.length ? `, ${result.candidates.length} shown (--limit ${report.limit})` : '';
  if (result.total === 0) {
    lines.push(c.green(result.kind === 'address' ? 'no wallet match' : `no candidate scoring ${report.minScore} or more`));
    return lines.join('\n') + '\n';
  }
  lines.push(...hang('', '', `${result.total} ${floor}${shown}, best first`, width, plain));
  lines.push('');
  for (const cand of result.candidates) lines.push(...candidateBlock(cand, report.threshold, opts), '');
  return lines.join('\n').replace(/\n+$/, '') + '\n';
}

/** All queries of one lookup run, separated by a blank line. */
export function lookupTable(report: LookupReport, opts: LookupTableOptions): string {
  return report.results.map((r) => resultBlock(r, report, opts)).join('\n');
}

/** A small fixed-width table: columns padded (or cut) to their width, right-aligned where asked. */
function grid(rows: string[][], widths: number[], right: ReadonlySet<number>, indent: string): string[] {
  return rows.map((row) =>
    (
      indent +
      row
        .map((cell, i) => {
          const w = widths[i] ?? 10;
          const text = truncate(sanitize(cell), w);
          return right.has(i) ? ' '.repeat(Math.max(0, w - displayWidth(text))) + text : padEnd(text, w);
        })
        .join(' ')
    ).trimEnd(),
  );
}

function explainHeader(query: string, entity: Entity, score: number, threshold: number, opts: LookupTableOptions): string[] {
  const { c, field } = layout(opts);
  const verdict = score >= threshold ? c.red(`at or above the threshold ${threshold}`) : `below the threshold ${threshold}`;
  return [
    ...field('query', JSON.stringify(query), plain, ''),
    ...field('entity', `${entity.list} #${entity.id} ${entity.names[0]?.name ?? ''} (${entity.type})`, c.bold, ''),
    '' + c.dim('score'.padEnd(LABEL_WIDTH)) + scoreStyle(c, score)(fmt(score, 1)) + '  ' + verdict,
  ];
}

function nameExplain(report: NameExplainReport, opts: LookupTableOptions): string {
  const { c, width } = layout(opts);
  const b = report.breakdown;
  const out = explainHeader(b.query, b.entity, b.score, report.threshold, opts);
  out.push(...hang('', '', sanitize(`query tokens: ${b.queryTokens.join(' ') || '(none)'}  (~ = kana, compared by sound)`), width, c.dim));

  out.push('', c.bold('names of the entity, scored'));
  const nameRows = b.names.map((n, i) => [n.score === null ? '—' : fmt(n.score, 1), n.kind, n.name, i === 0 && b.best !== null ? '← best' : '']);
  const nameWidth = Math.max(10, width - 2 - 6 - 1 - 8 - 1 - 7);
  out.push(...grid(nameRows, [6, 8, nameWidth, 6], new Set([0]), '  '));

  if (b.best === null) {
    out.push('', `${b.explanation}: score 0`);
  } else {
    out.push('', c.bold(`aligned pairs (best name: ${sanitize(b.best.name)})`));
    const pairRows = [['query', 'list', 'how', 'edits', 'sim', 'weight', 'sim×w']];
    for (const p of b.pairs) pairRows.push([p.query, p.list.toUpperCase(), p.how, String(p.edits), fmt(p.sim, 3), fmt(p.weight, 2), fmt(p.product, 3)]);
    const pairWidths = [14, 14, 14, 5, 5, 6, 6];
    const pairLines = grid(pairRows, pairWidths, new Set([3, 4, 5, 6]), '  ');
    out.push(c.dim(pairLines[0] ?? ''), ...pairLines.slice(1));

    out.push('', c.bold('unmatched parts'));
    if (b.unmatched.length === 0) out.push('  (none)');
    else {
      const rows = [['side', 'token', 'feature', 'weight', 'cost']];
      for (const u of b.unmatched) rows.push([u.side, u.side === 'list' ? u.token.toUpperCase() : u.token, u.feature, fmt(u.weight, 2), `−${fmt(u.cost, 1)}`]);
      const lines = grid(rows, [5, 16, 20, 6, 6], new Set([3, 4]), '  ');
      out.push(c.dim(lines[0] ?? ''), ...lines.slice(1));
    }

    const w = b.weakAlias;
    const weak = !w.applies
      ? `no (×${w.factor} applies only to an OFAC weak a.k.a.)`
      : w.allTokensMatched
        ? `yes: every token matched, score × ${w.factor}`
        : `yes, and not every token matched at romanization strength: a weak alias counts only whole, score 0`;
    out.push('', ...hang('weak alias  ', c.bold('weak alias') + '  ', weak, width, plain));

    const total = b.pairWeights + b.unmatchedWeights;
    out.push('', c.bold('arithmetic'));
    out.push(`  Σ(sim·w) over pairs        ${fmt(b.sumProducts, 3)}`);
    out.push(`  Σw = pairs + unmatched     ${fmt(b.pairWeights, 2)} + ${fmt(b.unmatchedWeights, 2)} = ${fmt(total, 2)}`);
    const ratio = `score = 100 × ${fmt(b.sumProducts, 3)} / ${fmt(total, 2)} = ${fmt(b.ratio, 2)}`;
    const final = !w.applies ? ` → ${fmt(b.score, 1)}` : w.allTokensMatched ? ` × ${w.factor} → ${fmt(b.score, 1)}` : ` → weak alias not whole → ${fmt(b.score, 1)}`;
    out.push(...hang('  ', '  ', ratio + final, width, plain));
    out.push(...hang('  ', '  ', `explanation: ${b.explanation}`, width, c.dim));
  }

  out.push('', c.bold('features (src/match/features.ts)'));
  const featureRows = report.features.map((f) => [f.name, fmt(f.value, 2)]);
  const nameCol = Math.max(...report.features.map((f) => displayWidth(f.name)), 4);
  report.features.forEach((f, i) => {
    const [left] = grid([featureRows[i] as string[]], [nameCol, 5], new Set([1]), '  ');
    const prefix = padEnd(left ?? '', 2 + nameCol + 1 + 5) + '  ';
    out.push(...hang(prefix, prefix, sanitize(f.description), width, c.dim));
  });
  return out.join('\n') + '\n';
}

function walletExplain(report: WalletExplainReport, opts: LookupTableOptions): string {
  const { c, width } = layout(opts);
  const out = explainHeader(report.query, report.entity, report.score, report.threshold, opts);
  out.push('', c.bold('wallets of the entity'));
  if (report.wallets.length === 0) out.push('  (none)');
  for (const w of report.wallets) {
    const mark = w.match === 'none' ? '     ' : w.match === 'exact' ? 'EXACT' : 'PREFX';
    const text = `${w.ticker} ${w.address}${w.partial ? ' (cut short by the list)' : ''}`;
    out.push(...hang(`  ${mark}  `, `  ${w.match === 'none' ? mark : c.red.bold(mark)}  `, sanitize(text), width, plain));
  }
  out.push('', ...hang('why  ', c.dim('why  '), sanitize(report.explanation), width, plain));
  return out.join('\n') + '\n';
}

export function explainTable(report: ExplainReport, opts: LookupTableOptions): string {
  return report.kind === 'address' ? walletExplain(report, opts) : nameExplain(report, opts);
}
