import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { offerCheckedFrontmatter } from '../content-cache/checked-frontmatter.ts';
import { checkContent } from './check-content.ts';
import { showContentProblemsInDev } from './dev-notice.ts';
import { formatProblem, type Problem } from './problem.ts';

/**
 * Runs the content check before Astro loads any content, so `astro build` fails with the same
 * messages as `npm run check` (file, line, field, what is expected) rather than a stack trace.
 * In `astro dev` the check runs again on every save; while there are problems, the terminal, Vite's
 * error overlay and every page show them (`dev-notice.ts`), and the server keeps running.
 */
export function contentCheck(contentDir: string): AstroIntegration {
  let initial: Problem[] = [];
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { problems, frontmatter } = checkContent(process.cwd(), contentDir);
        initial = problems;
        if (problems.length === 0) return offerCheckedFrontmatter(frontmatter);
        const report = problems.map(formatProblem).join('\n');
        if (command === 'build') {
          console.error(report);
          throw new Error(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'} (listed above); nothing was built.`);
        }
        logger.warn(`\n${report}`);
      },
      'astro:server:setup': ({ server, logger }) => {
        showContentProblemsInDev(server, logger, resolve(process.cwd(), contentDir), () => checkContent(process.cwd(), contentDir).problems, initial);
      },
    },
  };
}
