// The Content-Security-Policy header is read back from the built pages: parsing, merging and the
// files written for nginx and the static hosts.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { formatPolicy, mergePolicies, metaPolicy, parsePolicy } from '../../src/lib/deploy/content-security-policy.ts';
import { writeDeployFiles } from '../../src/lib/deploy/write-deploy-files.ts';

const page = (policy: string | undefined, body = '') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8">${policy === undefined ? '' : `<meta http-equiv="content-security-policy" content="${policy}">`}</head><body>${body}</body></html>`;

describe('policies', () => {
  test('a policy reads and writes back whatever its spacing', () => {
    assert.equal(formatPolicy(parsePolicy("default-src 'self';img-src 'self' data:;  script-src 'self' 'sha256-a=' ;")), "default-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-a='");
  });

  test('merging keeps every source of every page, once, in order', () => {
    const merged = mergePolicies([parsePolicy("script-src 'self' 'sha256-a='; style-src 'self'"), parsePolicy("script-src 'self' 'sha256-b='; object-src 'none'")]);
    assert.equal(formatPolicy(merged), "script-src 'self' 'sha256-a=' 'sha256-b='; style-src 'self'; object-src 'none'");
  });

  test('the <meta> policy is found, entities decoded; other metas are not it', () => {
    assert.equal(metaPolicy(`<meta name="description" content="x"><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;">`), "default-src 'self'");
    assert.equal(metaPolicy('<meta name="description" content="default-src">'), undefined);
  });
});

describe('writeDeployFiles', () => {
  function fixture() {
    const root = mkdtempSync(join(tmpdir(), 'deploy-files-'));
    const dist = join(root, 'dist');
    const deploy = join(root, 'deploy');
    mkdirSync(join(dist, 'da'), { recursive: true });
    mkdirSync(deploy);
    writeFileSync(join(deploy, '_headers'), "/*\n  Content-Security-Policy: PAGES_CSP; frame-ancestors 'none'\n");
    writeFileSync(join(deploy, '_redirects'), '/da/kilder  /da/kilder/  301\n');
    return { dist, deploy };
  }

  test('writes the pages\' policy for nginx and the static hosts', () => {
    const { dist, deploy } = fixture();
    writeFileSync(join(dist, 'index.html'), page("default-src 'self'; script-src 'self' 'sha256-a='"));
    writeFileSync(join(dist, 'da/index.html'), page("default-src 'self'; script-src 'self' 'sha256-b='"));
    writeFileSync(join(dist, 'da/redirect.html'), page(undefined));
    const result = writeDeployFiles(dist, deploy);
    assert.deepEqual({ pages: result.pages, distinct: result.distinct }, { pages: 3, distinct: 2 });
    const expected = "default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='";
    assert.match(readFileSync(join(deploy, 'csp.conf'), 'utf8'), new RegExp(`^set \\$pages_csp "${expected.replace(/[$+]/gu, '\\$&')}";$`, 'mu'));
    assert.equal(readFileSync(join(dist, '_headers'), 'utf8'), `/*\n  Content-Security-Policy: ${expected}; frame-ancestors 'none'\n`);
    assert.equal(readFileSync(join(dist, '_redirects'), 'utf8'), '/da/kilder  /da/kilder/  301\n');
  });

  test('a site whose pages carry no policy is refused: the header would say nothing', () => {
    const { dist, deploy } = fixture();
    writeFileSync(join(dist, 'index.html'), page(undefined));
    assert.throws(() => writeDeployFiles(dist, deploy), /No page in .* carries a Content-Security-Policy/u);
  });

  test('a policy nginx would misread is refused', () => {
    const { dist, deploy } = fixture();
    writeFileSync(join(dist, 'index.html'), page('default-src &quot;self&quot;'));
    assert.throws(() => writeDeployFiles(dist, deploy), /nginx would misread/u);
  });

  test('a head longer than the first read is read whole', () => {
    const { dist, deploy } = fixture();
    writeFileSync(join(dist, 'index.html'), `<!DOCTYPE html><html><head><meta name="x" content="${'x'.repeat(20_000)}"><meta http-equiv="content-security-policy" content="default-src 'none'"></head></html>`);
    assert.equal(writeDeployFiles(dist, deploy).policy, "default-src 'none'");
  });
});
