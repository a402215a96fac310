// Drops optionalDependencies from package-lock.json that the registry could not resolve (e.g. a platform build of a native
// package that the registry mirror does not carry). Without this, `npm ci` refuses a lockfile that `npm install` just wrote.
// Runs after every install (package.json "postinstall"); it changes nothing when every optional package resolved.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
if (existsSync(file)) {
  const text = readFileSync(file, 'utf8');
  const lock = JSON.parse(text);
  const paths = Object.keys(lock.packages ?? {});
  const removed = [];
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      if (!paths.some((p) => p.endsWith(`node_modules/${name}`))) {
        delete entry.optionalDependencies[name];
        removed.push(`${name} (wanted by ${path.replace(/^node_modules\//, '')})`);
      }
    }
  }
  const next = `${JSON.stringify(lock, null, 2)}\n`;
  if (next !== text) {
    writeFileSync(file, next);
    console.log(`package-lock.json: left out ${removed.length} optional package(s) the registry does not have:\n  ${removed.join('\n  ')}`);
  }
}
