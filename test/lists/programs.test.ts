import type { Entity, LoadedList } from '../../src/lists/entity';
import { filterByPrograms, parseProgramSpec, PRESETS } from '../../src/lists/programs';
import { entityTotals } from '../../src/lists/reader';

function entity(id: string, list: string, programs: string[], countries: string[] = []): Entity {
  return {
    id,
    list,
    type: 'entity',
    names: [{ name: `NAME ${id}`, kind: 'primary' }],
    programs,
    countries,
    nationalities: [],
    birthDates: [],
    wallets: [],
    addresses: [],
    remarks: '',
    source: { file: 'x', line: 1 },
  };
}

function list(id: string, entities: Entity[]): LoadedList {
  return {
    info: { id, format: 'test', files: [], date: null, dateSource: 'unknown', loadMs: 0, ...entityTotals(entities) },
    entities,
  };
}

const OFAC = list('ofac-sdn', [
  entity('1', 'ofac-sdn', ['RUSSIA-EO14024']),
  entity('2', 'ofac-sdn', ['SDGT']),
  entity('3', 'ofac-sdn', ['CYBER2'], ['Russia']),
  entity('4', 'ofac-sdn', ['CYBER2'], ['Korea, North']),
  entity('5', 'ofac-sdn', ['BELARUS-EO14038']),
  entity('6', 'ofac-sdn', ['UKRAINE-EO13662', 'SDGT']),
]);
const UK = list('uk-ofsi', [entity('10', 'uk-ofsi', ['Russia']), entity('11', 'uk-ofsi', ['Belarus']), entity('12', 'uk-ofsi', ['Syria'])]);
const UN = list('un', [entity('20', 'un', ['DPRK'])]);

describe('filterByPrograms', () => {
  it('keeps everything without a spec', () => {
    const result = filterByPrograms([OFAC, UN], []);
    expect(result.lists.map((l) => l.entities.length)).toEqual([6, 1]);
    expect(result.warnings).toEqual([]);
  });

  it('keeps the named programs, case-insensitively, and records the filter in the list info', () => {
    const result = filterByPrograms([OFAC, UK], ['russia-eo14024', 'syria']);
    expect(result.lists[0]?.entities.map((e) => e.id)).toEqual(['1']);
    expect(result.lists[1]?.entities.map((e) => e.id)).toEqual(['12']);
    expect(result.lists[0]?.info).toMatchObject({ entities: 1, programs: { 'RUSSIA-EO14024': 1 }, programFilter: { programs: ['russia-eo14024', 'syria'], entitiesBefore: 6 } });
    expect(OFAC.entities).toHaveLength(6);
  });

  it('the russia preset covers OFAC and UK programs, and cyber entries tied to Russia only', () => {
    const result = filterByPrograms([OFAC, UK, UN], ['russia']);
    expect(result.lists[0]?.entities.map((e) => e.id)).toEqual(['1', '3', '6']);
    expect(result.lists[1]?.entities.map((e) => e.id)).toEqual(['10']);
    expect(result.lists[2]?.entities).toEqual([]);
    expect(result.warnings).toEqual(['--program keeps none of the 1 entities of list un (presets russia name none of its programs)']);
    expect(result.unknown).toEqual([]);
  });

  it('reads "Russia" / "Belarus" as the presets, which include the UK regimes of those names', () => {
    const result = filterByPrograms([OFAC, UK], ['Belarus']);
    expect(result.lists.map((l) => l.entities.map((e) => e.id))).toEqual([['5'], ['11']]);
  });

  it('combines presets and names', () => {
    const result = filterByPrograms([OFAC, UN], ['belarus', 'DPRK']);
    expect(result.lists.map((l) => l.entities.map((e) => e.id))).toEqual([['5'], ['20']]);
  });

  it('warns about names no loaded list has, listing the programs they do have', () => {
    const result = filterByPrograms([OFAC, UN], ['RUSIA-EO14024', 'SDGT']);
    expect(result.unknown).toEqual(['RUSIA-EO14024']);
    expect(result.warnings[0]).toContain('"RUSIA-EO14024" is not a program of the loaded lists');
    expect(result.warnings[0]).toContain('ofac-sdn: BELARUS-EO14038, CYBER2, RUSSIA-EO14024, SDGT, UKRAINE-EO13662; un: DPRK');
    expect(result.lists[0]?.entities.map((e) => e.id)).toEqual(['2', '6']);
  });

  it('documents every preset', () => {
    expect(Object.keys(PRESETS)).toEqual(['russia', 'belarus']);
    expect(PRESETS.russia?.programs).toEqual(expect.arrayContaining(['RUSSIA-EO14024', 'CAATSA - RUSSIA', 'UKRAINE-EO13660', 'UKRAINE-EO13685', 'Russia']));
    expect(PRESETS.belarus?.programs).toEqual(expect.arrayContaining(['BELARUS', 'BELARUS-EO14038', 'Belarus']));
  });
});

describe('parseProgramSpec', () => {
  it('splits commas across repeated flags and keeps names with spaces', () => {
    expect(parseProgramSpec(['RUSSIA-EO14024, CAATSA - RUSSIA', 'belarus', ' '])).toEqual(['RUSSIA-EO14024', 'CAATSA - RUSSIA', 'belarus']);
  });
});
