// `npm run import [-- --force]`: seeds/ → content/. See the README, "Importing the seeds".
import { parseArgs } from 'node:util';
import { importSeeds } from './import-seeds.ts';

const { values } = parseArgs({
  options: {
    force: { type: 'boolean', default: false },
    seeds: { type: 'string', default: 'seeds' },
    content: { type: 'string', default: 'content' },
  },
});

const report = importSeeds(values.seeds, values.content, { force: values.force });
const counts = new Map<string, number>();
for (const [path, outcome] of report.outcomes) {
  counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  if (outcome === 'kept') {
    console.log(`${values.content}/${path}: changed since it was imported — left as it is (run with --force to overwrite it)`);
  } else if (outcome !== 'unchanged') console.log(`${values.content}/${path}: ${outcome}`);
}
for (const remark of report.remarks) console.log(`note: ${remark}`);
console.log(
  `Imported ${report.entries} entries with ${report.actions} actions: ` +
    [...counts].map(([outcome, count]) => `${count} ${outcome}`).join(', '),
);
