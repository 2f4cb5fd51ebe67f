import { shouldColor } from '../../src/report/color';

describe('shouldColor', () => {
  test.each([
    // [isTTY, env, expected]
    [true, {}, true],
    [false, {}, false],
    [undefined, {}, false],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [false, { FORCE_COLOR: '1' }, true],
    [false, { FORCE_COLOR: '3' }, true],
    [false, { FORCE_COLOR: '0' }, false],
    [true, { FORCE_COLOR: '0' }, true],
    [false, { FORCE_COLOR: '' }, false],
    [false, { NO_COLOR: '1', FORCE_COLOR: '1' }, false],
    [false, { NO_COLOR: '', FORCE_COLOR: '1' }, true],
  ] as const)('isTTY=%p env=%p -> %p', (isTTY, env, expected) => {
    expect(shouldColor({ isTTY }, env as NodeJS.ProcessEnv)).toBe(expected);
  });
});
