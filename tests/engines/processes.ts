// Starting and stopping what the engine suite runs beside the browsers (WebKitWebDriver, Xvfb), always with a deadline.
import { spawn, type ChildProcess } from 'node:child_process';

/** `promise`, or a rejection after `ms`. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what = 'operation'): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} took more than ${ms / 1000} s`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** A process started in a group of its own, so that stopping it also stops what it started (MiniBrowser). */
export function startGroup(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  return spawn(command, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env });
}

/** Stops a process group started by `startGroup`: SIGTERM, then SIGKILL if it is still there after `graceMs`. */
export async function stopGroup(child: ChildProcess, graceMs = 3000): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, s);
    } catch {
      // The group is already gone.
    }
  };
  signal('SIGTERM');
  await withTimeout(exited, graceMs).catch(() => signal('SIGKILL'));
}

/** Starts Xvfb on a display it picks itself (-displayfd) and returns the display and the process. */
export async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const number = await withTimeout(
    new Promise<string>((resolve, reject) => {
      let out = '';
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
      child.stdio[3]!.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) resolve(out.trim());
      });
    }),
    10_000,
    'Starting Xvfb',
  ).catch(async (error: unknown) => {
    await stopGroup(child);
    throw error;
  });
  return { display: `:${number}`, process: child };
}
