import { CONFIG_KEYS, ConfigSchema, describeIssues } from '../../src/config/schema';

const problems = (input: unknown): string[] => {
  const r = ConfigSchema.safeParse(input);
  return r.success ? [] : describeIssues(r.error, input).flatMap((p) => p.split('\n'));
};

describe('config schema', () => {
  it('accepts every documented key', () => {
    const full = {
      lists: ['lists/sdn.csv'],
      threshold: 85,
      columns: { name: ['counterparty'], address: ['wallet'], country: ['country'] },
      programs: ['russia'],
      allowlist: 'allow.csv',
      jurisdictions: ['RU', 'Belarus'],
      format: 'csv',
      maxListAge: 7,
    };
    expect(ConfigSchema.parse(full)).toEqual(full);
    expect(CONFIG_KEYS).toEqual(['lists', 'threshold', 'columns', 'programs', 'allowlist', 'jurisdictions', 'format', 'maxListAge']);
    expect(ConfigSchema.parse({})).toEqual({});
    expect(ConfigSchema.parse({ jurisdictions: false })).toEqual({ jurisdictions: false });
  });

  it('names unknown keys, suggests the one meant, and lists the known ones', () => {
    expect(problems({ treshold: 80 })).toEqual([
      'unknown key "treshold" (did you mean "threshold"?); known keys: lists, threshold, columns, programs, allowlist, jurisdictions, format, maxListAge',
    ]);
    expect(problems({ columns: { nmae: ['x'] } })).toEqual(['unknown key "columns.nmae" (did you mean "name"?); known keys: name, address, country']);
    expect(problems({ colour: true })[0]).toMatch(/^unknown key "colour"; known keys:/);
  });

  it.each([
    [{ threshold: 150 }, 'threshold must be a number from 0 to 100 (got 150)'],
    [{ threshold: '80' }, 'threshold must be a number from 0 to 100 (got "80")'],
    [{ format: 'xml' }, 'format must be one of table, csv, ndjson, json (got "xml")'],
    [{ jurisdictions: true }, 'jurisdictions must be a list of countries (["RU", "BY"]) or false to turn the rule off (got true)'],
    [{ jurisdictions: ['RU', 'Narnia'] }, 'jurisdictions: unknown country "Narnia"; give ISO 3166-1 codes (RU, BLR) or English names (Russia) (got ["RU","Narnia"])'],
    [{ lists: [] }, 'lists must name at least one list (leave the key out for the bundled list) (got [])'],
    [{ lists: 'sdn.csv' }, 'lists must be a list of strings, e.g. ["…"] (got "sdn.csv")'],
    [{ maxListAge: 1.5 }, 'maxListAge must be a whole number of days (0 or more) (got 1.5)'],
    [{ allowlist: '' }, 'allowlist must not be empty (got "")'],
    [[], 'the configuration must be a JSON object ({ … }) (got [])'],
  ])('explains a bad value: %j', (input, message) => {
    expect(problems(input)).toEqual([message]);
  });
});
