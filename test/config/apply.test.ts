import { Command, Option } from 'commander';
import { applyConfig, effectiveConfig } from '../../src/config/apply';
import type { LoadedConfig } from '../../src/config/load';

const collect = (v: string, prev: string[]): string[] => [...prev, v];

/** A command with the screen command's setting flags. */
function makeCommand(): Command {
  const cmd = new Command('screen')
    .exitOverride()
    .option('-l, --list <path>', '', collect, [])
    .option('--program <names>', '', collect, [])
    .option('-t, --threshold <score>', '', Number, 80)
    .addOption(new Option('-f, --format <format>', '').choices(['table', 'csv', 'ndjson', 'json']))
    .option('--name-column <column>', '', collect, [])
    .option('--address-column <column>', '', collect, [])
    .option('--country-column <column>', '', collect, [])
    .option('--allowlist <file>')
    .option('--jurisdictions <codes>')
    .option('--no-jurisdiction')
    .option('--max-list-age <days>', '', Number, 30)
    .action(() => {});
  return cmd;
}

const loaded = (config: LoadedConfig['config']): LoadedConfig => ({ file: '/team/txscreen.config.json', config });

const parse = (args: string[]): Command => {
  const cmd = makeCommand();
  cmd.parse(args, { from: 'user' });
  return cmd;
};

describe('applying the config under the flags', () => {
  const config = loaded({ threshold: 85, format: 'csv', lists: ['/team/sdn.csv'], columns: { name: ['payee'] }, programs: ['russia'], allowlist: '/team/allow.csv', jurisdictions: ['RU', 'IR'], maxListAge: 7 });

  it('fills every option not given as a flag, with source "config"', () => {
    const cmd = parse([]);
    expect(applyConfig(cmd, config)).toEqual([]);
    expect(cmd.opts()).toMatchObject({ threshold: 85, format: 'csv', list: ['/team/sdn.csv'], nameColumn: ['payee'], program: ['russia'], allowlist: '/team/allow.csv', jurisdictions: 'RU,IR', maxListAge: 7 });
    expect(cmd.getOptionValueSource('threshold')).toBe('config');
  });

  it('lets flags win', () => {
    const cmd = parse(['--threshold', '90', '--format', 'json', '--name-column', 'sender', '--jurisdictions', 'BY']);
    applyConfig(cmd, config);
    expect(cmd.opts()).toMatchObject({ threshold: 90, format: 'json', nameColumn: ['sender'], jurisdictions: 'BY', list: ['/team/sdn.csv'] });
  });

  it('--no-jurisdiction beats a config country set, and config false turns the rule off', () => {
    const off = parse(['--no-jurisdiction']);
    applyConfig(off, config);
    expect(off.opts().jurisdiction).toBe(false);
    expect(off.opts().jurisdictions).toBeUndefined();
    const cfgOff = parse([]);
    applyConfig(cfgOff, loaded({ jurisdictions: false }));
    expect(cfgOff.opts().jurisdiction).toBe(false);
    expect(cfgOff.getOptionValueSource('jurisdiction')).toBe('config');
  });

  it('does nothing without a config', () => {
    const cmd = parse([]);
    expect(applyConfig(cmd, null)).toEqual([]);
    expect(cmd.opts().threshold).toBe(80);
  });

  it('skips keys the command has no option for, and formats it does not print', () => {
    const cmd = new Command('lookup').option('-t, --threshold <n>', '', Number, 80).option('-f, --format <f>', '', 'table');
    cmd.parse([], { from: 'user' });
    const ignored = applyConfig(cmd, loaded({ threshold: 70, format: 'csv', allowlist: '/a.csv' }), { formats: ['table', 'json'] });
    expect(ignored).toEqual(['format: "csv" is not a format of "lookup" (table, json)', 'allowlist: not used by "lookup"']);
    expect(cmd.opts()).toEqual({ threshold: 70, format: 'table' });
  });
});

describe('effective configuration with provenance', () => {
  it('tags each value default, config or flag', () => {
    const cmd = parse(['--threshold', '90']);
    applyConfig(cmd, loaded({ threshold: 85, format: 'csv', jurisdictions: ['RU'] }));
    const rows = effectiveConfig(cmd, { lists: 'bundled', format: 'auto', 'columns.name': 'detected', programs: 'all', allowlist: 'none', jurisdictions: 'RU, BY' });
    const byKey = Object.fromEntries(rows.map((r) => [r.key, [r.value, r.source]]));
    expect(byKey).toEqual({
      lists: ['bundled', 'default'],
      threshold: ['90', 'flag'],
      format: ['csv', 'config'],
      'columns.name': ['detected', 'default'],
      'columns.address': ['(none)', 'default'],
      'columns.country': ['(none)', 'default'],
      programs: ['all', 'default'],
      allowlist: ['none', 'default'],
      maxListAge: ['30', 'default'],
      jurisdictions: ['RU', 'config'],
    });
  });

  it('shows the rule off with the source of the switch', () => {
    const cmd = parse(['--no-jurisdiction']);
    const row = effectiveConfig(cmd, {}).find((r) => r.key === 'jurisdictions');
    expect(row).toEqual({ key: 'jurisdictions', value: 'off', raw: false, source: 'flag' });
  });
});
