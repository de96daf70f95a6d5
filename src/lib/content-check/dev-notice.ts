import type { IncomingMessage } from 'node:http';
import { relative, resolve } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { useTranslations } from '../../i18n/t.ts';
import { formatProblem, type Problem } from './problem.ts';

const GUIDE = { da: '/da/redaktoervejledning/', nb: '/nb/redaktorveiledning/' } as const;

const escapeHtml = (text: string) => text.replace(/[&<>"']/gu, (character) => `&#${character.charCodeAt(0)};`);

/** A page that names every problem, in the language of the address asked for. */
export function noticePage(problems: readonly Problem[], locale: 'da' | 'nb'): string {
  const t = useTranslations(locale);
  const lines = problems.map((problem) => `<li><code>${escapeHtml(formatProblem(problem))}</code></li>`).join('');
  return `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t('devNotice.title'))}</title>`
    + '<style>body{font:1rem/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1a1a1a;background:#fff}h1{color:#a30000}'
    + 'ol{padding-left:1.5rem}li{margin:.5rem 0}code{white-space:pre-wrap;overflow-wrap:anywhere;font-size:.95rem}</style>'
    + `</head><body><main><h1 id="content-problems">${escapeHtml(t('devNotice.title'))}</h1><p>${escapeHtml(t('devNotice.intro'))}</p>`
    + `<ol aria-labelledby="content-problems" data-content-problems>${lines}</ol><p>${escapeHtml(t('devNotice.fix'))} <a href="${GUIDE[locale]}">${GUIDE[locale]}</a></p></main>`
    // Vite's client: it shows the same lines in Vite's error overlay, and reloads once the file is fixed.
    + '<script type="module" src="/@vite/client"></script></body></html>';
}

/** A reader's page request (not a module, style or image the page asks for). */
const asksForPage = (request: IncomingMessage) =>
  request.method === 'GET' && (request.headers.accept ?? '').includes('text/html') && !/^\/(@|__|node_modules\/|src\/)/u.test(request.url ?? '');

/**
 * In `astro dev`: checks the content again on every save under `contentPath` and, while it has
 * problems, prints them in the terminal and answers every page request with `noticePage` (status
 * 500) and Vite's error overlay on top, so no one keeps reading the old page: open pages reload into
 * it at once. Once the file is fixed, they reload into the page.
 */
export function showContentProblemsInDev(server: ViteDevServer, logger: AstroIntegrationLogger, contentPath: string, check: () => Problem[], initial: Problem[]): void {
  let problems = initial;
  const report = () => problems.map(formatProblem).join('\n');
  const sendOverlay = () => {
    const [first] = problems;
    if (!first) return;
    const file = resolve(first.file);
    server.hot.send({
      type: 'error',
      err: {
        // Astro's overlay shows the title, the lines and the hint, and links the first problem's file.
        title: `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
        message: report(),
        hint: 'The same lines as npm run check. Fix the file and save it: the page comes back by itself. The editors\' guide (/da/redaktoervejledning/, /nb/redaktorveiledning/) explains each message.',
        loc: { file, line: first.line, column: 1 },
        stack: report(),
        plugin: 'content-check',
      },
    } as unknown as Parameters<typeof server.hot.send>[0]);
  };

  const inContent = (path: string) => !relative(contentPath, resolve(path)).startsWith('..');
  const onSave = (path: string) => {
    if (!inContent(path)) return;
    const before = problems.length;
    problems = check();
    if (problems.length > 0) {
      logger.error(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}; pages show them until they are fixed:\n${report()}`);
      // Open pages reload into the notice, which brings the overlay along.
      server.hot.send({ type: 'full-reload', path: '*' });
    } else if (before > 0) {
      logger.info('The content has no problems again; pages are shown again.');
      server.hot.send({ type: 'full-reload', path: '*' });
    }
  };
  server.watcher.add(contentPath);
  for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onSave);

  server.middlewares.use((request, response, next) => {
    if (problems.length === 0 || !asksForPage(request)) return next();
    const locale = (request.url ?? '').startsWith('/nb/') ? 'nb' : 'da';
    response.statusCode = 500;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Cache-Control', 'no-store');
    response.end(noticePage(problems, locale));
    // The overlay as well, once the page's Vite client is connected (as Astro does for its own errors).
    response.on('close', () => setTimeout(sendOverlay, 200));
  });
}
