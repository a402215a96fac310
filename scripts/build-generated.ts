// npm run build:generated: writes the generated course of tests/support/sites.ts (500 lessons around the real ones)
// and builds it, for the tests of a large course (HTML budgets, a download per chapter).
import { join } from 'node:path';
import { generateCourse } from '../tests/perf/generate-course.ts';
import { buildSiteOrThrow, PROJECT } from '../tests/support/astro.ts';
import { GENERATED_ROOT, GENERATED_SHAPE } from '../tests/support/sites.ts';

const root = join(PROJECT, GENERATED_ROOT);
const { lessons } = await generateCourse(root, GENERATED_SHAPE, { withRealLessons: true });
const { ms } = await buildSiteOrThrow({ root });
console.log(`Built a generated course of ${lessons} lessons in ${(ms / 1000).toFixed(1)} s: ${join(GENERATED_ROOT, 'dist')}`);
