// Fails CI when a test was skipped, or when the PostgreSQL or browser tests did not run at all.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const tests = report.testResults.flatMap((file) =>
  file.assertionResults.map((t) => ({ ...t, file: file.name })),
);
const skipped = tests.filter((t) => t.status !== 'passed' && t.status !== 'failed');
const passed = tests.filter((t) => t.status === 'passed');
const onPostgres = passed.filter((t) => t.fullName.includes('on postgres'));
const inBrowser = passed.filter((t) => t.file.includes('/apps/e2e/'));

console.log(
  `${passed.length} tests passed; ${onPostgres.length} on PostgreSQL, ${inBrowser.length} in Chromium`,
);
const problems = [];
if (skipped.length > 0) problems.push(`skipped: ${skipped.map((t) => t.fullName).join(', ')}`);
if (onPostgres.length === 0) problems.push('no test ran on PostgreSQL');
if (inBrowser.length === 0) problems.push('no browser test ran');
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
