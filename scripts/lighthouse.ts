/**
 * npm run lighthouse: builds the site, serves it gzip-compressed (tests/support/static-server.ts, as a static host
 * or CDN serves it) and runs Lighthouse's mobile settings (slow 4G, 4x slower CPU) on every built page but the 404
 * page, twice over: simulated (Lighthouse's default, which the targets apply to) and real (`throttlingMethod:
 * 'devtools'`: the network and CPU are actually slowed). Prints the category scores and LCP/TBT/CLS/FCP of the
 * median run by LCP with the range of all runs, writes lighthouse-results.json, exits 1 when a page misses a target.
 *
 * With --peer=<folder>, it instead compares one of our pages with a peer site's page (by default our lesson 9.1 and
 * the Starlight peer's /lessons/when-to-fine-tune/), both served compressed, runs alternating (ours, peer, ours,
 * peer...), and reports median and range of LCP, FCP, TBT, bytes and requests, and the ratio of our LCP to the peer's.
 *
 * Flags: --no-build (use dist/ as it is), --uncompressed (send files as they are), --runs=N (3 per page, 5 per site
 * with --peer), --throttling=simulate|devtools|both (both), --peer=<the peer's dist/ or its project folder>,
 * --page=<our page> and --peer-page=<the peer's page> (with --peer).
 */
import { writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../tests/browser.ts';
import { builtPages, DIST } from '../tests/perf/built-pages.ts';
import { buildSiteOrThrow, PROJECT } from '../tests/support/astro.ts';
import { freePort, startStaticServer, type StaticServer } from '../tests/support/static-server.ts';
import { formatSpread, lcpBreakdown, medianRun, requestsBefore, spread, summarise, type RunSummary } from './lib/lighthouse-report.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/**
 * The target, for the simulated runs: every category at 100. Timings have none here: a simulated LCP is a hint (it
 * counts scripts that never block a paint), and a real one is read beside the peer's (--peer), where the ratio holds.
 */
const TARGET = { score: 100 };
/** How to get a peer to compare with; printed when --peer names a folder without its page. */
const PEER_HOWTO = [
  'Build the Starlight peer outside this project (see shared/peers/README.md on the team machine):',
  '  peer=$(mktemp -d) && cp -r /work/shared/peers/starlight/. "$peer" && cd "$peer" && npm install && npm run build',
  'then run: npm run lighthouse -- --peer="$peer/dist"',
].join('\n');

type Mode = 'simulate' | 'devtools';
/** What was on the way to one site's LCP in its median run. */
interface CriticalPath {
  url: string;
  lcp: number;
  fcp: number;
  breakdown: ReturnType<typeof lcpBreakdown>;
  requests: ReturnType<typeof requestsBefore>;
}
const LABEL: Record<Mode, string> = { simulate: 'simulated', devtools: 'real' };

const { values: args } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    uncompressed: { type: 'boolean', default: false },
    runs: { type: 'string' },
    throttling: { type: 'string', default: 'both' },
    peer: { type: 'string' },
    page: { type: 'string', default: '/fine-tuning/when-to-fine-tune-vs-prompt/' },
    'peer-page': { type: 'string', default: '/lessons/when-to-fine-tune/' },
  },
});
if (!['simulate', 'devtools', 'both'].includes(args.throttling)) throw new Error('--throttling must be simulate, devtools or both');
const modes: Mode[] = args.throttling === 'both' ? ['simulate', 'devtools'] : [args.throttling as Mode];
const runs = Math.max(1, Number(args.runs ?? (args.peer ? 5 : 3)) || 1);
const compress = !args.uncompressed;

/** The folder the peer's page is served from: the given folder, or its dist/; exits with how to build one if neither has the page. */
function findPeer(folder: string, page: string): string {
  const candidates = [resolve(folder), resolve(folder, 'dist')];
  const found = candidates.find((dir) => existsSync(join(dir, page, 'index.html')));
  if (found) return found;
  console.error(`No peer site with ${page} in ${candidates.join(' or ')}.\n${PEER_HOWTO}`);
  process.exit(2);
}

const peerDist = args.peer === undefined ? undefined : findPeer(args.peer, args['peer-page']);
if (!args['no-build']) {
  console.log('Building the site (dist/)...');
  await buildSiteOrThrow();
}
const serve = async (dir: string) => startStaticServer(dir, '/', { port: await freePort(), host: 'localhost', compress });
const servers: StaticServer[] = [await serve(DIST)];
if (peerDist) servers.push(await serve(peerDist));
const chrome = await chromeLauncher.launch({
  chromePath: findChromium() ?? chromium.executablePath(),
  chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
});
const loadBefore = loadavg();

/** One Lighthouse run of `url` with the mobile defaults and the given throttling. */
async function measure(url: string, mode: Mode, categories: readonly string[]): Promise<Result> {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...categories],
    throttlingMethod: mode,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  return result.lhr;
}

const served = `served ${compress ? 'gzip-compressed' : 'uncompressed'}`;
const load = (l: number[]) => l.map((n) => n.toFixed(2)).join(', ');
let results: Record<string, unknown>;
try {
  results = peerDist ? await compareWithPeer(servers[0]!, servers[1]!) : await everyPage(servers[0]!);
} finally {
  chrome.kill();
  await Promise.all(servers.map((s) => s.close()));
}
console.log(`\nMachine load (1, 5, 15 min) before: ${load(loadBefore)}; after: ${load(loadavg())}. Timings follow it; bytes do not.`);
await writeFile(
  join(PROJECT, 'lighthouse-results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), compressed: compress, loadBefore, loadAfter: loadavg(), ...results }, null, 2)}\n`,
);

/** Every built page but the 404 page, in each throttling mode; checks the targets on the simulated runs. */
async function everyPage(server: StaticServer): Promise<Record<string, unknown>> {
  const rows = [];
  const misses: string[] = [];
  for (const page of builtPages().filter((p) => p !== '/404.html')) {
    const url = new URL(page.slice(1), server.url).href;
    const reports: Record<Mode, Result[]> = { simulate: [], devtools: [] };
    for (let run = 0; run < runs; run++) {
      // Real throttling changes only the timings: the other categories are scored once, on the simulated runs.
      for (const mode of modes) reports[mode].push(await measure(url, mode, mode === 'simulate' ? CATEGORIES : ['performance']));
    }
    for (const mode of modes) {
      const summaries = reports[mode].map(summarise);
      // Timings follow this machine's CPU even when simulated, so one run can be an outlier: report the median-LCP run.
      const median = medianRun(summaries, (s) => s.lcp);
      const lcp = spread(summaries.map((s) => s.lcp));
      const score = (id: string) => median.scores[id] ?? '';
      rows.push({
        page,
        throttling: LABEL[mode],
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best practices': score('best-practices'),
        seo: score('seo'),
        'LCP ms': Math.round(median.lcp),
        'LCP range': `${Math.round(lcp.min)}–${Math.round(lcp.max)}`,
        'TBT ms': Math.round(median.tbt),
        CLS: Number(median.cls.toFixed(3)),
        'FCP ms': Math.round(median.fcp),
      });
      if (mode === 'simulate')
        misses.push(
          ...missedTargets(
            page,
            medianRun(reports.simulate, (r) => summarise(r).lcp),
          ),
        );
    }
  }
  console.log(`\nLighthouse, mobile (slow 4G, 4x CPU slowdown; simulated and real throttling), ${served}, ${runs} run(s) per page`);
  console.table(rows);
  if (!modes.includes('simulate')) {
    console.log('\nThe targets apply to simulated runs; none ran.');
  } else if (misses.length > 0) {
    console.log(`\nMissed targets:\n  ${misses.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(`\nEvery page: ${TARGET.score} in all four categories.`);
  }
  console.log(`\nTo measure a peer site's lesson beside ours: npm run lighthouse -- --peer=<its dist/>.\n${PEER_HOWTO}`);
  return { target: TARGET, runs, rows };
}

/** What a page's median simulated run misses: a category below 100, with the audits that cost points. */
function missedTargets(page: string, report: Result): string[] {
  const misses: string[] = [];
  const { scores } = summarise(report);
  for (const id of CATEGORIES) {
    if ((scores[id] ?? 0) >= TARGET.score) continue;
    const failing = Object.values(report.audits)
      .filter((a) => a.score !== null && a.score < 1 && report.categories[id]?.auditRefs.some((r) => r.id === a.id && r.weight > 0))
      .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
    misses.push(`${page} ${id} ${scores[id]}: ${failing.join(', ') || 'see lighthouse-results.json'}`);
  }
  return misses;
}

/** Our page and the peer's, alternating run by run, in each throttling mode; prints medians, ranges and the LCP ratio. */
async function compareWithPeer(ours: StaticServer, peer: StaticServer): Promise<Record<string, unknown>> {
  const sites = [
    { site: 'ours', url: new URL(args.page.slice(1), ours.url).href },
    { site: 'peer', url: new URL(args['peer-page'].slice(1), peer.url).href },
  ] as const;
  const reports = new Map<string, Result[]>();
  const key = (site: string, mode: Mode) => `${site} ${mode}`;
  console.log(`Comparing ${sites[0].url} with ${sites[1].url}: ${runs} run(s) each, alternating, ${served}.`);
  for (let run = 1; run <= runs; run++) {
    for (const mode of modes) {
      const lcps = [];
      for (const { site, url } of sites) {
        const report = await measure(url, mode, ['performance']);
        reports.set(key(site, mode), [...(reports.get(key(site, mode)) ?? []), report]);
        lcps.push(`${site} ${Math.round(summarise(report).lcp)} ms`);
      }
      console.log(`  run ${run}/${runs}, ${LABEL[mode]} throttling: LCP ${lcps.join(', ')}`);
    }
  }
  const rows = [];
  const ratios: Record<string, { ofMedians: number; perRun: ReturnType<typeof spread> }> = {};
  const criticalPath: Record<string, CriticalPath> = {};
  for (const mode of modes) {
    const summaries: Record<string, RunSummary[]> = {};
    for (const { site, url } of sites) {
      const list = (reports.get(key(site, mode)) ?? []).map(summarise);
      summaries[site] = list;
      const of = (pick: (s: RunSummary) => number) => spread(list.map(pick));
      rows.push({
        site,
        throttling: LABEL[mode],
        'LCP ms': formatSpread(of((s) => s.lcp)),
        'FCP ms': formatSpread(of((s) => s.fcp)),
        'TBT ms': formatSpread(of((s) => s.tbt)),
        KB: formatSpread(
          of((s) => s.bytes / 1000),
          1,
        ),
        requests: formatSpread(of((s) => s.requests)),
      });
      const median = medianRun(reports.get(key(site, mode)) ?? [], (r) => summarise(r).lcp);
      const { lcp, fcp } = summarise(median);
      criticalPath[key(site, mode)] = { url, lcp, fcp, breakdown: lcpBreakdown(median), requests: requestsBefore(median, lcp) };
    }
    const ourRuns = summaries['ours'] ?? [];
    const peerRuns = summaries['peer'] ?? [];
    ratios[LABEL[mode]] = {
      ofMedians: spread(ourRuns.map((s) => s.lcp)).median / spread(peerRuns.map((s) => s.lcp)).median,
      perRun: spread(ourRuns.map((s, i) => s.lcp / (peerRuns[i]?.lcp ?? Number.NaN))),
    };
  }
  console.log('\nMedian (range) of each site, Lighthouse mobile (slow 4G, 4x CPU slowdown); KB transferred, 1 KB = 1000 bytes');
  console.table(rows);
  for (const [mode, r] of Object.entries(ratios)) {
    console.log(`Our LCP / the peer's, ${mode} throttling: ${r.ofMedians.toFixed(2)} (medians); run by run ${formatSpread(r.perRun, 2)}`);
  }
  for (const [name, path] of Object.entries(criticalPath) as [string, CriticalPath][]) {
    const parts = Object.entries(path.breakdown.parts).map(([part, ms]) => `${part} ${Math.round(ms)} ms`);
    console.log(`\n${name}: requests started before LCP (${Math.round(path.lcp)} ms; FCP ${Math.round(path.fcp)} ms), median-LCP run`);
    console.log(`  LCP element ${path.breakdown.element || '(not reported)'}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`);
    console.table(
      path.requests.map((r) => ({
        url: r.url.replace(/^https?:\/\/[^/]+/, ''),
        type: r.type,
        priority: r.priority,
        'start ms': Math.round(r.startMs),
        'end ms': Math.round(r.endMs),
        KB: (r.bytes / 1000).toFixed(1),
      })),
    );
  }
  return { compare: sites, runs, rows, ratios, criticalPath };
}
