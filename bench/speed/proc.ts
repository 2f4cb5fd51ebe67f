// Runs a child process and measures what the speed bench reports about it: wall time (from
// spawn to exit, measured here) and peak RSS. Peak RSS comes from GNU time (`/usr/bin/time -f`,
// the kernel's ru_maxrss of the child) when installed; otherwise from polling the child's
// /proc/PID/status VmHWM (the kernel's own high-water mark, so a poll only has to land
// before the exit, not at the peak).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

export interface RunResult {
  command: string[];
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  wallMs: number;
  /** Peak resident set size of the child, bytes (null when it could not be measured). */
  peakRssBytes: number | null;
  rssSource: 'GNU time' | '/proc VmHWM' | 'none';
  /** User + system CPU seconds of the child (GNU time only): less sensitive than wall time to a busy machine. */
  cpuSeconds: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  /** Keep stdout (default: discarded). */
  captureStdout?: boolean;
  env?: NodeJS.ProcessEnv;
}

const GNU_TIME = '/usr/bin/time';
const CAPTURE_LIMIT = 1 << 20;

export function hasGnuTime(): boolean {
  return existsSync(GNU_TIME);
}

/** Quotes a command line for display (copy-pasteable into a POSIX shell). */
export function shellLine(argv: readonly string[]): string {
  return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

export async function runMeasured(argv: readonly string[], timeFile: string, opts: RunOptions = {}): Promise<RunResult> {
  const useTime = hasGnuTime();
  const [cmd, ...args] = useTime ? [GNU_TIME, '-f', 'maxrss_kb=%M cpu=%U+%S', '-o', timeFile, ...argv] : [...argv];
  rmSync(timeFile, { force: true });
  const started = performance.now();
  const child = spawn(cmd as string, args, {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    stdio: ['ignore', opts.captureStdout === true ? 'pipe' : 'ignore', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => {
    if (stdout.length < CAPTURE_LIMIT) stdout += d;
  });
  child.stderr?.setEncoding('utf8').on('data', (d: string) => {
    if (stderr.length < CAPTURE_LIMIT) stderr += d;
  });
  let polledHwm = 0;
  const poll = useTime
    ? null
    : setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (m) polledHwm = Math.max(polledHwm, Number(m[1]) * 1024);
        } catch {
          // the child has exited between two polls: keep the last reading
        }
      }, 20);
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c, s) => resolve({ code: c, signal: s }));
  });
  const wallMs = performance.now() - started;
  if (poll !== null) clearInterval(poll);
  let peakRssBytes: number | null = null;
  let rssSource: RunResult['rssSource'] = 'none';
  let cpuSeconds: number | null = null;
  if (useTime) {
    const text = existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
    const m = /maxrss_kb=(\d+)/.exec(text);
    if (m) {
      peakRssBytes = Number(m[1]) * 1024;
      rssSource = 'GNU time';
    }
    const cpu = /cpu=([\d.]+)\+([\d.]+)/.exec(text);
    if (cpu) cpuSeconds = Number(cpu[1]) + Number(cpu[2]);
    // GNU time prefixes "Command exited with non-zero status N" to its -o file: not an error here.
    rmSync(timeFile, { force: true });
  } else if (polledHwm > 0) {
    peakRssBytes = polledHwm;
    rssSource = '/proc VmHWM';
  }
  return { command: [...argv], exitCode: code, signal, wallMs, peakRssBytes, rssSource, cpuSeconds, stdout, stderr };
}
