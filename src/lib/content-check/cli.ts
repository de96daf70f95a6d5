// `npm run check`: validates content/ in seconds, without building pages.
// What each message means: content/pages/da/redaktoervejledning.mdx (and the nb guide).
import { checkContent } from './check-content.ts';
import { formatProblem } from './problem.ts';

const started = performance.now();
const contentDir = process.env['CONTENT_DIR'] ?? 'content';
const { problems, counts } = checkContent(process.cwd(), contentDir);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
for (const problem of problems) console.error(formatProblem(problem));
if (problems.length > 0) {
  const files = new Set(problems.map((problem) => problem.file)).size;
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}. Nothing was built.`);
  process.exit(1);
}
console.log(`Content OK: ${counts.entries} entries, ${counts.themes} themes, ${counts.glossary} glossary terms, ${counts.sources} sources, ${counts.pages} pages (${seconds} s).`);
