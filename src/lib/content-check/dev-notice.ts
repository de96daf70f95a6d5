import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join, relative, resolve } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { useTranslations } from '../../i18n/t.ts';
import { formatProblem, type Problem } from './problem.ts';

/** The event a notice page sends once its Vite client is connected. */
const NOTICE_READY = 'content-check:notice-ready';

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
    // Vite's client reloads the page once the file is fixed; once connected, it asks for the overlay.
    + `<script type="module">import { createHotContext } from '/@vite/client'; createHotContext('/@content-check').send('${NOTICE_READY}', {});</script></body></html>`;
}

/** The first problem's file around its line, marked, as the overlay's code panel shows it. */
function codeFrame(file: string, line: number): string | undefined {
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8').split('\n');
  const rows = lines.map((text, index) => `<span class="line${index + 1 === line ? ' error-line' : ''}">${escapeHtml(text)}</span>`);
  return `<pre class="shiki"><code>${rows.join('\n')}</code></pre>`;
}

/**
 * Vite's error message for the overlay, written out in full so Astro passes it on as it is: the
 * overlay would otherwise read the lines as Markdown and turn "[text](https://…)" into a link.
 */
export function overlayPayload(problems: readonly Problem[], firstFile: string) {
  const report = problems.map(formatProblem).join('\n');
  const first = problems[0];
  return {
    __isEnhancedAstroErrorPayload: true,
    type: 'error',
    err: {
      name: 'ContentCheck',
      title: `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
      message: escapeHtml(report),
      hint: escapeHtml('The same lines as npm run check. Fix the file and save it: the page comes back by itself. The editors\' guide (/da/redaktoervejledning/, /nb/redaktorveiledning/) explains each message.'),
      ...(first ? { loc: { file: firstFile, line: first.line, column: 1 }, highlightedCode: codeFrame(firstFile, first.line) } : {}),
      stack: report,
      plugin: 'content-check',
    },
  };
}

/** Every file under `dir` with its size and modification time: changes when any file does. */
function contentSignature(dir: string): string {
  if (!existsSync(dir)) return '';
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => {
      const path = join(item.parentPath, item.name);
      const stats = statSync(path);
      return `${path}\t${stats.size}\t${stats.mtimeMs}`;
    })
    .sort()
    .join('\n');
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
  let checked = contentSignature(contentPath);
  // The problems as of the files on disk now: file events can arrive late, twice or out of order,
  // so a page request checks the files' dates and sizes and runs the check again if they changed.
  const current = () => {
    const signature = contentSignature(contentPath);
    if (signature !== checked) {
      checked = signature;
      problems = check();
    }
    return problems;
  };
  let reported = problems.map(formatProblem).join('\n');
  const inContent = (path: string) => !relative(contentPath, resolve(path)).startsWith('..');
  const onSave = (path: string) => {
    if (!inContent(path)) return;
    const report = current().map(formatProblem).join('\n');
    // An editor's save can arrive as two file events: say the same thing once.
    if (report === reported) return;
    reported = report;
    if (problems.length > 0) {
      logger.error(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}; pages show them until they are fixed:\n${report}`);
    } else {
      logger.info('The content has no problems again; pages are shown again.');
    }
    // Open pages reload: into the notice (which brings the overlay along), or into the page.
    server.hot.send({ type: 'full-reload', path: '*' });
  };
  server.watcher.add(contentPath);
  for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onSave);

  server.middlewares.use((request, response, next) => {
    if (!asksForPage(request) || current().length === 0) return next();
    const locale = (request.url ?? '').startsWith('/nb/') ? 'nb' : 'da';
    response.statusCode = 500;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Cache-Control', 'no-store');
    response.end(noticePage(problems, locale));
  });
  // Vite's error overlay on top of the notice, sent to that page alone once it is connected.
  server.hot.on(NOTICE_READY, (_data: unknown, client: { send: (payload: never) => void }) => {
    const [first] = current();
    if (first) client.send(overlayPayload(problems, resolve(first.file)) as never);
  });
}
