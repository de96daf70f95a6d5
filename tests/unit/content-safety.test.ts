// Unsafe content, tried one by one on a copy of the real content: each must end `npm run check`
// with exit code 1 and a message `file:line: field: what is wrong (expected …)`, and the build's
// integration must refuse it with the same message. Allowed markup must pass.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { contentCheck } from '../../src/lib/content-check/astro-integration.ts';
import { checkBodySafety } from '../../src/lib/content-check/check-safety.ts';
import { addressScheme, unsafeAddressReason } from '../../src/lib/content-check/unsafe-address.ts';
import { copyProject, edit, runCheck } from './support/content-copy.ts';

const TROMS = 'content/entries/luk-2011/troms.mdx';
const LUK = 'content/sources/luk-2011.yaml';
const ABOUT = 'content/pages/da/om.mdx';
/** The first line after the frontmatter of troms.mdx in the copy: where an appended body starts. */
const troms = (dir: string) => readFileSync(join(dir, TROMS), 'utf8').split('\n').length;
const appendTo = (file: string, body: string) => (dir: string) => edit(dir, file, (text) => `${text}\n${body}\n`);

interface UnsafeEdit {
  name: string;
  apply: (dir: string) => void;
  /** The message, from `file:line: field:` on; `LINE` stands for the line the appended body starts at + offset. */
  expect: (dir: string) => RegExp;
}

const at = (file: string, line: number | string, field: string, rest: string) =>
  new RegExp(`^${file.replace(/[./]/gu, '\\$&')}:${line}: ${field.replace(/[().]/gu, '\\$&')}: ${rest}`, 'mu');
/** A body appended to troms.mdx: the message must name the line the unsafe markup is on. */
const inTroms = (body: string, rest: string, offset = 0) => ({
  apply: (dir: string) => appendTo(TROMS, body)(dir),
  expect: (dir: string) => at(TROMS, troms(dir) - body.split('\n').length + offset, '(body)', rest),
});

const UNSAFE_EDITS: UnsafeEdit[] = [
  { name: 'javascript: address in a source', apply: (d) => edit(d, LUK, (t) => t.replace(/^url: .*$/mu, 'url: javascript:alert(document.domain)')), expect: () => at(LUK, 7, 'url', '"javascript:alert\\(document\\.domain\\)" is a javascript: address, which runs code .*\\(expected an https:// or http:// address') },
  { name: 'vbscript: address in a source', apply: (d) => edit(d, LUK, (t) => t.replace(/^url: .*$/mu, 'url: "vbscript:msgbox(1)"')), expect: () => at(LUK, 7, 'url', '"vbscript:msgbox\\(1\\)" is a vbscript: address') },
  { name: 'data: address in a source', apply: (d) => edit(d, LUK, (t) => t.replace(/^url: .*$/mu, 'url: "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="')), expect: () => at(LUK, 7, 'url', '"data:text/html;base64,.*" is a data: address, which carries a document of its own') },
  { name: 'javascript: hidden behind a tab, capitals and spaces', apply: (d) => edit(d, LUK, (t) => t.replace(/^url: .*$/mu, 'url: " JavA\\tScript:alert(1)"')), expect: () => at(LUK, 7, 'url', '".*" is a javascript: address') },
  {
    name: 'javascript: address in a nested address field of an entry (the editor\'s note on today\'s county authority)',
    apply: (d) => edit(d, TROMS, (t) => t.replace(/^(\s+url: ).*$/mu, '$1javascript:alert(1)')),
    expect: (d) => at(TROMS, readFileSync(join(d, TROMS), 'utf8').split('\n').findIndex((line) => line.includes('url: javascript:')) + 1, 'today.sources.0.url', '"javascript:alert\\(1\\)" is a javascript: address'),
  },
  { name: 'javascript: address in any frontmatter field of a text page', apply: (d) => edit(d, ABOUT, (t) => t.replace(/^description: .*$/mu, 'description: javascript:alert(1)')), expect: () => at(ABOUT, 3, 'description', '"javascript:alert\\(1\\)" is a javascript: address') },
  { name: '<script> in an entry body', ...inTroms('<script>alert(document.domain)</script>', '<script> is not allowed in the text: it runs code in the reader\'s browser \\(expected Markdown, or one of the allowed HTML elements: <abbr>,') },
  { name: '<img onerror> in an entry body', ...inTroms('Tekst <img src="x" onerror="alert(1)" /> her.', 'onerror="…" on <img> is an event handler, which runs code in the reader\'s browser \\(expected no on… attributes\\)') },
  { name: '<img> itself is refused', ...inTroms('Tekst <img src="/favicon.svg" alt="" /> her.', '<img> is not allowed in the text \\(expected a Markdown image') },
  { name: '<a href="javascript:…"> in an entry body', ...inTroms('Se <a href="javascript:alert(1)">her</a>.', 'href="javascript:alert\\(1\\)" on <a> is a javascript: address') },
  { name: 'Markdown link [klik](javascript:…)', ...inTroms('Først en linje.\n\n[klik](javascript:alert(document.domain))', 'the link to "javascript:alert\\(document\\.domain\\)" is a javascript: address', 2) },
  { name: 'javascript: written with a character reference', ...inTroms('[klik](jav&#x61;script:alert(1))', 'the link to "javascript:alert\\(1\\)" is a javascript: address') },
  { name: 'Markdown image with a data: address', ...inTroms('![logo](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)', 'the image "data:image/svg\\+xml;base64,.*" is a data: address') },
  { name: 'link definition with a vbscript: address', ...inTroms('Se [kilden][k].\n\n[k]: vbscript:msgbox(1)', 'the link definition "vbscript:msgbox\\(1\\)" is a vbscript: address', 2) },
  { name: '<style>', ...inTroms('<style>{"body { display: none }"}</style>', '<style> is not allowed in the text: it changes the look of the whole page') },
  { name: '<iframe>', ...inTroms('<iframe src="https://example.org/"></iframe>', '<iframe> is not allowed in the text: it shows another page inside this one') },
  { name: '<object>', ...inTroms('<object data="https://example.org/x.swf"></object>', '<object> is not allowed in the text: it runs a plug-in') },
  { name: '<embed>', ...inTroms('<embed src="https://example.org/x.swf" />', '<embed> is not allowed in the text: it runs a plug-in') },
  { name: '<form>', ...inTroms('<form action="https://example.org/"><button>Send</button></form>', '<form> is not allowed in the text: it sends what readers type to another address') },
  { name: 'event handler on an allowed element', ...inTroms('<span lang="nb" onmouseover="alert(1)">frivillighet</span>', 'onmouseover="…" on <span> is an event handler') },
  { name: 'style attribute on an allowed element', ...inTroms('<span style="color: red">rød</span>', 'style="…" on <span> is not allowed \\(expected no style attributes') },
  { name: 'an attribute the allow-list does not name', ...inTroms('<abbr class="x" title="lokal samfunnsutvikling">LUK</abbr>', 'the attribute class is not allowed on <abbr> \\(expected only id, lang, dir, title, translate\\)') },
  { name: 'code as an attribute value', ...inTroms('<abbr title={"x"}>LUK</abbr>', 'title=\\{…\\} on <abbr> is code, not text \\(expected a value in quotes') },
  { name: 'code in the text', ...inTroms('To og to er {2 + 2}.', '\\{2 \\+ 2\\} is code, which a text may not run') },
  { name: 'javascript: link in a text page body', apply: appendTo(ABOUT, '[Kontakt](javascript:alert(1))'), expect: (d) => at(ABOUT, readFileSync(join(d, ABOUT), 'utf8').split('\n').length - 1, '(body)', 'the link to "javascript:alert\\(1\\)" is a javascript: address') },
];

describe('npm run check refuses unsafe content', () => {
  for (const unsafe of UNSAFE_EDITS) {
    test(unsafe.name, () => {
      const dir = copyProject('content-safety-');
      unsafe.apply(dir);
      const { status, output } = runCheck(dir);
      assert.equal(status, 1, output);
      assert.match(output, unsafe.expect(dir));
    });
  }
});

describe('the build refuses unsafe content', () => {
  test('astro build stops in the content-check integration with the same message', () => {
    const dir = copyProject('content-safety-');
    edit(dir, LUK, (t) => t.replace(/^url: .*$/mu, 'url: javascript:alert(document.domain)'));
    appendTo(TROMS, '<script>alert(1)</script>')(dir);
    const printed: string[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => printed.push(args.join(' '));
    try {
      const hook = contentCheck(join(dir, 'content')).hooks['astro:config:setup'] as (options: unknown) => void;
      assert.throws(() => hook({ command: 'build', logger: { warn: () => {} } }), /The content has 2 problems/u);
    } finally {
      console.error = error;
    }
    const report = printed.join('\n');
    assert.match(report, /content\/sources\/luk-2011\.yaml:7: url: "javascript:alert\(document\.domain\)" is a javascript: address/u);
    assert.match(report, /content\/entries\/luk-2011\/troms\.mdx:\d+: \(body\): <script> is not allowed in the text/u);
  });
});

const ALLOWED = `
Lokal samfunnsutvikling i kommunene (<abbr title="lokal samfunnsutvikling i kommunene">LUK</abbr>) hedder på dansk <span lang="da">lokal samfundsudvikling</span>.<br />
CO<sub>2</sub> og m<sup>2</sup>, udgivet <time datetime="2011-06-01">juni 2011</time> i <cite>Hvordan fylkeskommunene arbeider med LUK i 2011</cite>.

<dl>
  <dt>Bolyst</dt>
  <dd lang="nb" title="bolyst">Lyst til å bo et sted.</dd>
</dl>

[regjeringen.no](https://www.regjeringen.no/id642906/), [http](http://example.org/), [skriv](mailto:redaktion@example.org), [ring](tel:+4512345678), [temaer](/da/temaer/), [afsnit](#a1), [relativ](../om/).

![Logo](/favicon.svg "Logo")

[k]: https://www.regjeringen.no/

{/* En kommentar til redaktionen */}

Ordet javascript: står her som tekst, og data: også.
`;

describe('allowed markup passes', () => {
  test('the allowed elements, safe links and images, and comments give no problem', () => {
    const dir = copyProject('content-safety-');
    appendTo(TROMS, ALLOWED)(dir);
    edit(dir, LUK, (t) => t.replace(/^url: .*$/mu, 'url: https://www.regjeringen.no/no/dokumentarkiv/stoltenberg-ii/krd/id642906/'));
    const { status, output } = runCheck(dir);
    assert.equal(status, 0, output);
  });

  test('text that merely mentions a scheme is not an address', () => {
    assert.deepEqual(checkBodySafety('JavaScript: kræves for søgningen.\n\nData: Danmarks Statistik.\n', 'x.mdx', 5), []);
  });
});

describe('Markdown bodies (.md): raw HTML is held to the same list', () => {
  test('raw HTML elements and attributes are refused at their line', () => {
    const problems = checkBodySafety('Tekst\n\nHer <b onclick="alert(1)">fed</b>.\n\n<div>\n<iframe src="https://example.org/"></iframe>\n</div>\n\n<abbr title="x">LUK</abbr>\n', 'x.md', 10, 'md');
    const lines = problems.map((problem) => `${problem.line}: ${problem.message.split(' (')[0]}`);
    assert.deepEqual(lines, [
      '12: <b> is not allowed in the text',
      '12: onclick="…" on <b> is an event handler, which runs code in the reader\'s browser',
      '14: <div> is not allowed in the text',
      '14: <iframe> is not allowed in the text: it shows another page inside this one',
    ]);
  });

  test('an autolink to a javascript: address is refused', () => {
    const [problem] = checkBodySafety('Se <javascript:alert(1)>.\n', 'x.md', 1, 'md');
    assert.match(problem?.message ?? '', /^the link to "javascript:alert\(1\)" is a javascript: address/u);
  });
});

describe('addresses as a browser reads them', () => {
  test('schemes are found through spaces, tabs, line breaks and capitals', () => {
    assert.equal(addressScheme('  JAVA\tSCRIPT:alert(1)'), 'javascript');
    assert.equal(addressScheme('java\nscript:alert(1)'), 'javascript');
    assert.equal(addressScheme('\u0001javascript:alert(1)'), 'javascript');
    assert.equal(addressScheme('/da/om/'), undefined);
    assert.equal(addressScheme('#a1'), undefined);
    assert.equal(addressScheme('../om/'), undefined);
  });

  test('only javascript:, vbscript: and data: are unsafe', () => {
    for (const safe of ['https://example.org/', 'http://example.org/', 'mailto:a@example.org', 'tel:+4512345678', '/da/', '?q=x', 'om/']) assert.equal(unsafeAddressReason(safe), undefined, safe);
    for (const unsafe of ['javascript:void(0)', 'VBScript:x', 'data:text/html,<script>alert(1)</script>', ' data:,x']) assert.ok(unsafeAddressReason(unsafe), unsafe);
  });
});
