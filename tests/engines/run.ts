/**
 * The learner's flows (flows.ts) in Firefox and in WebKit, against the built site in dist/ served as a static host
 * serves it. Usage: node tests/engines/run.ts [--engine=firefox|webkit] [--grep=text] [--dir=dist]
 * Each engine gets its own server and its own browser, and both run at once; the servers and WebKitWebDriver take free
 * ports from ENGINES_PORT (4331 by default) to 8 past it. Ends with "N passed, N failed", and exits non-zero when a flow failed or an engine could not start.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort, startStaticServer, type StaticServer } from '../support/static-server.ts';
import { notShown, type Engine } from './driver.ts';
import { findFirefox, startFirefox } from './firefox.ts';
import { FLOWS, type SiteServer } from './flows.ts';
import { withTimeout } from './processes.ts';
import { findWebKit, startWebKit } from './webkit.ts';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', multiple: true },
    grep: { type: 'string' },
    dir: { type: 'string', default: 'dist' },
  },
});

// Everything the suite may take, browsers' start and stop included: past it, it stops what it started and fails.
const DEADLINE_MS = 5 * 60_000;

interface EngineSpec {
  id: string;
  /** Starts the engine on `origin`, or says what to install. */
  start(origin: string): Promise<Engine>;
}

const FROM_PORT = Number(process.env['ENGINES_PORT'] ?? 4331);
const TO_PORT = FROM_PORT + 8;

const ENGINES: EngineSpec[] = [
  {
    id: 'firefox',
    start: (origin) => {
      const path = findFirefox();
      if (!path) throw new Error('No Firefox found: install it (Debian: sudo apt-get install -y firefox-esr) or set FIREFOX_PATH.');
      return startFirefox(origin, path);
    },
  },
  {
    id: 'webkit',
    start: (origin) => {
      const paths = findWebKit();
      if (!paths) throw new Error('No WebKitWebDriver or MiniBrowser found: install them (Debian: sudo apt-get install -y webkit2gtk-driver xvfb).');
      return startWebKit(origin, paths, { from: FROM_PORT, to: TO_PORT });
    },
  },
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const results = { passed: 0, failed: 0 };
const cleanups = new Set<() => Promise<void>>();

/** Runs every flow in one engine, with its own server, and stops both. */
async function runEngine(spec: EngineSpec, port: number, dir: string): Promise<void> {
  const flows = FLOWS.filter((f) => !values.grep || f.name.includes(values.grep));
  let server: StaticServer | undefined = await startStaticServer(dir, '/', { port });
  const site: SiteServer = {
    stop: async () => {
      await server?.close();
      server = undefined;
    },
    start: async () => {
      server ??= await startStaticServer(dir, '/', { port });
    },
  };
  let engine: Engine | undefined;
  const stop = async () => {
    await engine?.close();
    await site.stop();
  };
  cleanups.add(stop);
  const started = Date.now();
  try {
    engine = await withTimeout(spec.start(server.origin), 60_000, `Starting ${spec.id}`);
    console.log(`${spec.id}: ${engine.name}, started in ${seconds(Date.now() - started)}, site on ${server.origin}`);
  } catch (error) {
    results.failed += flows.length;
    console.log(`✗ ${spec.id}: could not start, so its ${flows.length} flows fail: ${error instanceof Error ? error.message : String(error)}`);
    await stop();
    cleanups.delete(stop);
    return;
  }
  for (const flow of flows) {
    const t0 = Date.now();
    try {
      await site.start();
      await withTimeout(flow.run(engine.page, site), flow.timeout ?? 60_000, 'The flow');
      // A widget whose code threw while starting says so in its place (src/scripts/island-failure.ts): a failure in any flow.
      await notShown(engine.page, { role: 'alert', name: /could not start/ }, 500);
      results.passed++;
      console.log(`  ✓ ${spec.id} › ${flow.name} (${seconds(Date.now() - t0)})`);
    } catch (error) {
      results.failed++;
      const message = error instanceof Error ? error.message : String(error);
      console.log(`  ✗ ${spec.id} › ${flow.name} (${seconds(Date.now() - t0)})\n      ${message.split('\n').slice(0, 6).join('\n      ')}`);
    }
  }
  await withTimeout(stop(), 20_000, `Stopping ${spec.id}`).catch((e: unknown) => console.log(String(e)));
  cleanups.delete(stop);
  console.log(`${spec.id}: done in ${seconds(Date.now() - started)}`);
}

async function main(): Promise<number> {
  const dir = values.dir;
  if (!existsSync(join(dir, 'index.html'))) {
    console.log(`No built site in ${dir}/: run npm run build first.`);
    console.log('0 passed, 1 failed');
    return 1;
  }
  const chosen = ENGINES.filter((e) => !values.engine?.length || values.engine.includes(e.id));
  const t0 = Date.now();
  const ports: number[] = [];
  for (const _ of chosen) {
    // Ports are taken only when the servers start, so each search starts past the last one found.
    ports.push(await freePort(ports.length ? ports.at(-1)! + 1 : FROM_PORT, TO_PORT));
  }
  await Promise.all(chosen.map((spec, i) => runEngine(spec, ports[i]!, dir)));
  console.log(`${chosen.map((e) => e.id).join(' and ')} in ${seconds(Date.now() - t0)}`);
  console.log(`${results.passed} passed, ${results.failed} failed`);
  return results.failed > 0 || results.passed === 0 ? 1 : 0;
}

const stopEverything = async () => {
  await Promise.all([...cleanups].map((c) => withTimeout(c(), 20_000).catch(() => undefined)));
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void stopEverything().then(() => process.exit(130));
  });
}
const watchdog = setTimeout(() => {
  console.log(`The engine suite took more than ${seconds(DEADLINE_MS)}: stopping it.`);
  void stopEverything().then(() => {
    console.log(`${results.passed} passed, ${results.failed + 1} failed`);
    process.exit(1);
  });
}, DEADLINE_MS);
watchdog.unref();

const code = await main().catch(async (error: unknown) => {
  console.log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  await stopEverything();
  console.log(`${results.passed} passed, ${results.failed + 1} failed`);
  return 1;
});
clearTimeout(watchdog);
// Drivers can leave sockets open; nothing is left to wait for.
process.exit(code);
