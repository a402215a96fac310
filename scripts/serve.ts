/**
 * Serves a built site the way a static host does (tests/support/static-server.ts): Playwright's webServer runs it.
 * Usage: node scripts/serve.ts [--dir=dist] [--base=/] [--port=4321] [--host=localhost] [--uncompressed]
 */
import { parseArgs } from 'node:util';
import { startStaticServer } from '../tests/support/static-server.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    port: { type: 'string', default: '4321' },
    host: { type: 'string', default: 'localhost' },
    uncompressed: { type: 'boolean', default: false },
  },
});
const server = await startStaticServer(values.dir, values.base, { port: Number(values.port), host: values.host, compress: !values.uncompressed });
console.log(`Serving ${values.dir} at ${server.url}${values.uncompressed ? ' (uncompressed)' : ' (gzip)'}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void server.close().then(() => process.exit(0)));
