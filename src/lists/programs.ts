// `--program`: keep only the entities of some sanctions programs. Names are matched without
// regard to case against each list's own program names (OFAC "RUSSIA-EO14024", UK regime
// "Russia", UN list type "DPRK", an in-house list's own tags); `russia` and `belarus` are
// presets covering the Russia- and Belarus-related programs of every supported list.
import type { Entity, LoadedList } from './entity';
import { entityTotals } from './reader';

export interface Preset {
  /** What the README table says the preset covers. */
  description: string;
  /** Program names kept whatever the entity's country. */
  programs: readonly string[];
  /**
   * Programs that are not country-specific (cyber, election interference) count only for
   * entities whose address or nationality names one of these countries.
   */
  conditional: { programs: RegExp; countries: RegExp };
}

export const PRESETS: Record<string, Preset> = {
  russia: {
    description: 'Russia-related programs',
    programs: [
      // OFAC SDN and Consolidated
      'RUSSIA-EO14024',
      'BPI-RUSSIA-EO14024',
      'RUSSIA-EO14065',
      'UKRAINE-EO13660',
      'UKRAINE-EO13661',
      'UKRAINE-EO13662',
      'UKRAINE-EO13685',
      'CAATSA - RUSSIA',
      'MAGNIT',
      'PEESA-EO14039',
      // UK OFSI regime
      'Russia',
    ],
    conditional: { programs: /^(CYBER\d*|ELECTION-EO13848)$/i, countries: /^(Russia|Russian Federation)$/i },
  },
  belarus: {
    description: 'Belarus-related programs',
    programs: [
      // OFAC
      'BELARUS',
      'BELARUS-EO14038',
      // UK OFSI regime
      'Belarus',
    ],
    conditional: { programs: /^(CYBER\d*|ELECTION-EO13848)$/i, countries: /^Belarus$/i },
  },
};

/** "RUSSIA-EO14024, belarus" (repeatable) → the names, trimmed, empty ones dropped. */
export function parseProgramSpec(values: readonly string[]): string[] {
  return values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

export interface ProgramFilterResult {
  lists: LoadedList[];
  warnings: string[];
  /** Names that are neither a preset nor a program of any loaded list. */
  unknown: string[];
}

/**
 * Keeps the entities under any of the named programs or presets; lists' info then counts
 * what is kept and records the filter. Pure: the input lists are not changed.
 * An empty spec keeps everything (the default: all programs of all loaded lists).
 */
export function filterByPrograms(lists: readonly LoadedList[], spec: readonly string[]): ProgramFilterResult {
  if (spec.length === 0) return { lists: [...lists], warnings: [], unknown: [] };
  const names = new Set<string>();
  const conditions: Preset['conditional'][] = [];
  const presetsUsed: string[] = [];
  for (const item of spec) {
    const preset = PRESETS[item.toLowerCase()];
    if (preset) {
      presetsUsed.push(item.toLowerCase());
      for (const p of preset.programs) names.add(p.toUpperCase());
      conditions.push(preset.conditional);
    } else {
      names.add(item.toUpperCase());
    }
  }

  const available = new Map<string, Set<string>>();
  for (const list of lists) {
    const programs = new Set<string>();
    for (const entity of list.entities) for (const p of entity.programs) programs.add(p);
    available.set(list.info.id, programs);
  }
  const known = new Set([...available.values()].flatMap((set) => [...set].map((p) => p.toUpperCase())));
  const unknown = spec.filter((item) => !PRESETS[item.toLowerCase()] && !known.has(item.toUpperCase()));

  const keep = (entity: Entity): boolean =>
    entity.programs.some((p) => names.has(p.toUpperCase())) ||
    conditions.some(
      (c) =>
        entity.programs.some((p) => c.programs.test(p)) &&
        [...entity.countries, ...entity.nationalities].some((country) => c.countries.test(country.trim())),
    );

  const warnings: string[] = [];
  if (unknown.length > 0) {
    const have = [...available]
      .map(([id, programs]) => `${id}: ${programs.size === 0 ? '(no programs)' : [...programs].sort().join(', ')}`)
      .join('; ');
    warnings.push(
      `--program: ${unknown.map((u) => `"${u}"`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not a program of the loaded lists ` +
        `nor a preset (${Object.keys(PRESETS).join(', ')}). The lists have: ${have}`,
    );
  }

  const filtered = lists.map((list): LoadedList => {
    const entities = list.entities.filter(keep);
    if (entities.length === 0 && list.entities.length > 0) {
      const presetNote = presetsUsed.length > 0 ? ` (presets ${presetsUsed.join(', ')} name none of its programs)` : '';
      warnings.push(`--program keeps none of the ${list.entities.length} entities of list ${list.info.id}${presetNote}`);
    }
    return {
      info: {
        ...list.info,
        ...entityTotals(entities),
        programFilter: { programs: [...spec], entitiesBefore: list.entities.length },
      },
      entities,
    };
  });
  return { lists: filtered, warnings, unknown };
}
