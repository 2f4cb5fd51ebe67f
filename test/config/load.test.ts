import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig, parseConfig } from '../../src/config/load';

describe('loading the config file', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'txscreen-config-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finds txscreen.config.json in the directory, or returns null when there is none', () => {
    expect(loadConfig(undefined, dir)).toBeNull();
    fs.writeFileSync(path.join(dir, 'txscreen.config.json'), '{"threshold": 85}');
    expect(loadConfig(undefined, dir)).toEqual({ file: path.join(dir, 'txscreen.config.json'), config: { threshold: 85 } });
  });

  it('requires an explicit --config file to exist', () => {
    expect(() => loadConfig('missing.json', dir)).toThrow(ConfigError);
    expect(() => loadConfig('missing.json', dir)).toThrow(/--config missing\.json: cannot read \(ENOENT\)/);
  });

  it('resolves lists and allowlist against the config file folder', () => {
    fs.mkdirSync(path.join(dir, 'team'));
    fs.writeFileSync(path.join(dir, 'team', 'c.json'), JSON.stringify({ lists: ['lists/sdn.csv', '/abs/cons.csv'], allowlist: '../allow.csv' }));
    const loaded = loadConfig('team/c.json', dir);
    expect(loaded?.config).toEqual({ lists: [path.join(dir, 'team', 'lists', 'sdn.csv'), '/abs/cons.csv'], allowlist: path.join(dir, 'allow.csv') });
  });

  it('reports bad JSON and every schema problem, with the file name', () => {
    expect(() => parseConfig('{"threshold": 80,}', 'c.json')).toThrow(/c\.json: not valid JSON/);
    let message = '';
    try {
      parseConfig('\uFEFF{"treshold": 80, "format": "xml"}', 'c.json');
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/^c\.json: invalid configuration:\n {2}- /);
    expect(message).toContain('- unknown key "treshold" (did you mean "threshold"?)');
    expect(message).toContain('- format must be one of table, csv, ndjson, json (got "xml")');
  });
});
