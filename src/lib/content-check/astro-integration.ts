import type { AstroIntegration } from 'astro';
import { checkContent } from './check-content.ts';
import { formatProblem } from './problem.ts';

/**
 * Runs the content check before Astro loads any content, so `astro build` fails with the same
 * messages as `npm run check` (file, line, field, what is expected) rather than a stack trace.
 * In `astro dev` the problems are printed and the server keeps running.
 */
export function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { problems } = checkContent(process.cwd(), contentDir);
        if (problems.length === 0) return;
        const report = problems.map(formatProblem).join('\n');
        if (command === 'build') {
          console.error(report);
          throw new Error(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'} (listed above); nothing was built.`);
        }
        logger.warn(`\n${report}`);
      },
    },
  };
}
