// checkEntity stands in for EntitySchema.safeParse on the list-load path: every entity must
// come out exactly as the schema would return it, and every reject with the schema's reason.
import { EntitySchema, type Entity } from '../../src/lists/entity';
import { checkEntity } from '../../src/lists/entity-check';

function entity(): Entity {
  return {
    id: '30518',
    list: 'ofac-sdn',
    type: 'entity',
    names: [
      { name: 'SECONDEYE SOLUTION', kind: 'primary' },
      { name: 'FORWARD DEFENSE', kind: 'weak' },
    ],
    programs: ['CYBER2'],
    countries: ['Russia'],
    nationalities: [],
    birthDates: [],
    wallets: [
      { ticker: 'XBT', address: '1Ppp' },
      { ticker: 'XBT', address: '1Gq', partial: true },
    ],
    addresses: ['Moscow, Russia'],
    remarks: 'Digital Currency Address - XBT 1Ppp',
    source: { file: 'sdn.csv', line: 7 },
  };
}

/** What the reader did before checkEntity: EntitySchema itself, with its issues joined. */
function bySchema(candidate: unknown): ReturnType<typeof checkEntity> {
  const result = EntitySchema.safeParse(candidate);
  if (result.success) return { ok: true, entity: result.data };
  return { ok: false, reason: result.error.issues.map((i) => `${i.path.join('.') || '(entity)'}: ${i.message}`).join('; ') };
}

const cases: Array<[string, (e: Entity) => unknown]> = [
  ['a valid entity', (e) => e],
  ['a name with spaces around it (the schema trims it)', (e) => ({ ...e, names: [{ name: ' SECONDEYE ', kind: 'primary' }] })],
  ['a key the schema does not know (dropped)', (e) => ({ ...e, extra: 1 })],
  ['keys in another order (schema order wins)', ({ id, ...rest }) => ({ ...rest, id })],
  ['no names', (e) => ({ ...e, names: [] })],
  ['an empty id and an unknown type', (e) => ({ ...e, id: '', type: 'ship' })],
  ['an empty wallet address', (e) => ({ ...e, wallets: [{ ticker: 'ETH', address: '' }] })],
  ['line 0', (e) => ({ ...e, source: { file: 'sdn.csv', line: 0 } })],
  ['a hole in a list', (e) => ({ ...e, programs: [, 'CYBER2'] })],
  ['not an object', () => null],
];

describe('checkEntity', () => {
  it.each(cases)('decides %s as EntitySchema does', (_what, make) => {
    const candidate = make(entity());
    // JSON text, so key order counts too.
    expect(JSON.stringify(checkEntity(candidate))).toBe(JSON.stringify(bySchema(candidate)));
  });

  it('names the field and the rule in a reject', () => {
    expect(checkEntity({ ...entity(), names: [] })).toEqual({ ok: false, reason: expect.stringMatching(/^names: /) });
  });
});
