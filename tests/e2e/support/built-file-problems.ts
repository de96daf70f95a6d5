// What must never stand in a built file: an address that runs code (javascript:, vbscript:, or a
// data: address anywhere but an image), an inline event handler or style attribute, and an inline
// script (or style) whose hash the page's Content-Security-Policy does not name. Read from the
// files themselves, independently of the content check that should have kept such things out.
import { createHash } from 'node:crypto';
import { htmlToHast } from 'satteri';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** The scheme of an address as browsers read it (spaces, tabs and line breaks dropped). */
function scheme(address: string): string | undefined {
  const cleaned = address.replace(/^[\u0000-\u0020]+/u, '').replace(/[\t\n\r]/gu, '');
  return /^([a-z][a-z0-9+.-]*):/iu.exec(cleaned)?.[1]?.toLowerCase();
}

const SCRIPT_SCHEMES = new Set(['javascript', 'vbscript']);
/** hast names of attributes holding addresses. */
const ADDRESS_PROPERTIES = new Set(['href', 'src', 'srcSet', 'action', 'formAction', 'xLinkHref', 'poster', 'cite', 'data', 'background', 'ping', 'manifest', 'itemId']);
/** `type`s of <script> that the browser runs; other types (JSON-LD, templates) are data. */
const EXECUTABLE = /^(|module|importmap|text\/javascript|application\/javascript|text\/ecmascript|application\/ecmascript|speculationrules)$/iu;

const text = (node: HastNode): string => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(text).join(''));
const sha256 = (content: string) => `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;

/** Sources of `directive` in a policy, falling back to default-src as browsers do. */
function sources(policy: string, directive: string): string[] {
  const parts = new Map(policy.split(';').map((part) => part.trim().split(/\s+/u)).map(([name, ...rest]) => [name?.toLowerCase() ?? '', rest]));
  return parts.get(directive) ?? parts.get('default-src') ?? [];
}

/** Problems in an HTML, SVG or XML file (`isPage`: an HTML page, which must carry its policy). */
export function markupProblems(markup: string, isPage: boolean): string[] {
  const problems: string[] = [];
  const tree = htmlToHast(markup) as HastNode;
  let policy: string | undefined;
  const elements: HastNode[] = [];
  const collect = (node: HastNode) => {
    if (node.type === 'element') elements.push(node);
    node.children?.forEach(collect);
  };
  collect(tree);
  for (const element of elements) {
    const properties = element.properties ?? {};
    if (element.tagName === 'meta' && String(properties['httpEquiv'] ?? '').toLowerCase() === 'content-security-policy') policy ??= String(properties['content'] ?? '');
  }
  for (const element of elements) {
    const tag = element.tagName ?? '';
    for (const [property, raw] of Object.entries(element.properties ?? {})) {
      const values = (Array.isArray(raw) ? raw : [raw]).map(String);
      if (/^on/iu.test(property)) problems.push(`<${tag}> has an inline event handler ${property.toLowerCase()}="${values.join(' ').slice(0, 40)}"`);
      if (property === 'style') problems.push(`<${tag}> has a style attribute`);
      for (const value of values) {
        // srcset holds several addresses, each followed by its size.
        const addresses = property === 'srcSet' ? value.split(',').map((part) => part.trim().split(/\s+/u)[0] ?? '') : [value];
        for (const address of addresses) {
          const found = scheme(address);
          if (found && SCRIPT_SCHEMES.has(found)) problems.push(`<${tag} ${property}> holds a ${found}: address`);
          else if (found === 'data' && ADDRESS_PROPERTIES.has(property) && !(['img', 'source'].includes(tag) && /^\s*data:image\//iu.test(address))) problems.push(`<${tag} ${property}> holds a data: address`);
        }
      }
    }
    if (tag === 'script') {
      const type = String(element.properties?.['type'] ?? '').trim();
      if (!EXECUTABLE.test(type)) continue;
      const src = element.properties?.['src'];
      if (src !== undefined) {
        if (!/^\/(?!\/)/u.test(String(src))) problems.push(`<script src="${String(src)}"> is not a file of the site`);
        continue;
      }
      if (!isPage) problems.push('an inline <script> in a file that is not a page');
      else if (!policy) problems.push('an inline <script> in a page without a Content-Security-Policy');
      else if (!sources(policy, 'script-src').includes(sha256(text(element)))) problems.push(`an inline <script> whose hash ${sha256(text(element))} the page's policy does not name: ${text(element).slice(0, 60)}`);
    }
    if (tag === 'style' && isPage) {
      if (!policy || !sources(policy, 'style-src').includes(sha256(text(element)))) problems.push(`an inline <style> whose hash the page's policy does not name: ${text(element).slice(0, 60)}`);
    }
  }
  return problems;
}

/** Problems in a JSON file: a string anywhere that is a javascript: or vbscript: address. */
export function jsonProblems(json: string): string[] {
  const problems: string[] = [];
  const visit = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      const found = scheme(value);
      if (found && SCRIPT_SCHEMES.has(found) && !/\s/u.test(value.trim())) problems.push(`${path || '(top)'} is a ${found}: address`);
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${path}[${index}]`));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, path ? `${path}.${key}` : key);
  };
  try {
    visit(JSON.parse(json), '');
  } catch (error) {
    problems.push(`not JSON: ${(error as Error).message}`);
  }
  return problems;
}

/** Problems in plain text (CSV, text, Markdown, Turtle, the hosts' rule files): an address that runs code. */
export function textProblems(content: string): string[] {
  return [...content.matchAll(/(?:^|[\s,;"'<(=])((?:javascript|vbscript):[^\s,;"'<>]+)/gimu)].map((match) => `holds the address ${match[1]!.slice(0, 50)}`);
}

/** Problems in a stylesheet: addresses that run code, and IE's expression(). */
export function cssProblems(css: string): string[] {
  const problems = [...css.matchAll(/url\(\s*(["']?)\s*((?:javascript|vbscript):.*?)\1\s*\)/giu)].map((match) => `url() holds ${match[2]!.slice(0, 50)}`);
  if (/expression\s*\(/iu.test(css)) problems.push('uses expression()');
  return problems;
}
