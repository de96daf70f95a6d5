import { htmlToHast, markdownToMdast, mdxToMdast } from 'satteri';
import { elementProblems, type WrittenAttribute } from './allowed-html.ts';
import type { Problem } from './problem.ts';
import type { LocatedYaml } from './read-files.ts';
import { quoteAddress, SAFE_ADDRESSES_TEXT, unsafeAddressReason } from './unsafe-address.ts';

/** Field names that hold an address, in any collection: `url`, `sourceUrl`, `links`, `image` … */
const ADDRESS_FIELD = /(?:url|uri|href|src|link|homepage|website|image|logo|icon|download)s?$/iu;

/**
 * Unsafe addresses anywhere in a YAML document (a data file or an MDX file's frontmatter), whatever
 * its collection: every field whose name says it holds an address, and every value that is a
 * single word starting with an unsafe scheme (`javascript:alert(1)` in a `title` is not text anyone
 * means to publish).
 */
export function checkYamlSafety(yaml: LocatedYaml, file: string): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      const key = [...path].reverse().find((part) => typeof part === 'string');
      const reason = unsafeAddressReason(value);
      const isAddressField = typeof key === 'string' && ADDRESS_FIELD.test(key);
      if (reason && (isAddressField || !/\s/u.test(value.trim()))) {
        problems.push({ file, line: yaml.lineOf(path), field: path.join('.'), message: `${quoteAddress(value)} ${reason} (expected ${SAFE_ADDRESSES_TEXT})` });
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(yaml.data, []);
  return problems;
}

interface BodyNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  children?: BodyNode[];
}

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** An MDX expression that holds only comments (`{/* … *\/}`) does nothing and may stay. */
const isComment = (code: string) => code.replace(/\/\*[\s\S]*?\*\//gu, '').replace(/\/\/.*$/gmu, '').trim() === '';

/** hast property names back to the attribute names an editor wrote. */
const attributeName = (property: string) =>
  ({ className: 'class', htmlFor: 'for', xLinkHref: 'xlink:href', httpEquiv: 'http-equiv' })[property] ?? property.toLowerCase();

/** The elements of a piece of raw HTML in a Markdown body, with their attributes. */
function rawHtmlElements(html: string): { tag: string; attributes: WrittenAttribute[] }[] {
  const found: { tag: string; attributes: WrittenAttribute[] }[] = [];
  // The parser supplies <html>, <head> and <body> around a fragment; only report the ones written.
  const implied = new Set(['html', 'head', 'body'].filter((tag) => !new RegExp(`<${tag}[\\s/>]`, 'iu').test(html)));
  const visit = (node: HastNode) => {
    if (node.type === 'element' && node.tagName && !implied.has(node.tagName)) {
      const attributes = Object.entries(node.properties ?? {}).map(([property, value]) => ({
        name: attributeName(property),
        value: Array.isArray(value) ? value.join(' ') : value === true || value === undefined || value === null ? undefined : String(value),
        isCode: false,
      }));
      found.push({ tag: node.tagName, attributes });
    }
    node.children?.forEach(visit);
  };
  visit(htmlToHast(html) as HastNode);
  return found;
}

/**
 * Unsafe content in an MDX or Markdown body, at its line in the file: links, images and link
 * definitions with unsafe addresses, HTML elements outside the allow-list (`allowed-html.ts`),
 * event-handler and style attributes, and code in `{…}`. Syntax errors, imports and components are
 * reported by `checkMdxBody`; a body that cannot be read gives nothing here.
 */
export function checkBodySafety(body: string, file: string, bodyLine: number, format: 'mdx' | 'md' = 'mdx'): Problem[] {
  let tree: BodyNode;
  try {
    tree = (format === 'mdx' ? mdxToMdast(body) : markdownToMdast(body)) as BodyNode;
  } catch {
    return [];
  }
  const problems: Problem[] = [];
  const report = (node: BodyNode, message: string) => problems.push({ file, line: bodyLine + (node.position?.start.line ?? 1) - 1, field: '(body)', message });
  const visit = (node: BodyNode) => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && typeof node.url === 'string') {
      const reason = unsafeAddressReason(node.url);
      const what = node.type === 'image' ? 'the image' : node.type === 'definition' ? 'the link definition' : 'the link to';
      if (reason) report(node, `${what} ${quoteAddress(node.url)} ${reason} (expected ${SAFE_ADDRESSES_TEXT})`);
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && !/^[A-Z]|\./u.test(node.name)) {
      const attributes = (node.attributes ?? []).map((attribute): WrittenAttribute => {
        if (attribute.type === 'mdxJsxExpressionAttribute') return { name: '{…}', value: undefined, isCode: true };
        const isCode = typeof attribute.value === 'object' && attribute.value !== null;
        return { name: attribute.name ?? '', value: typeof attribute.value === 'string' ? attribute.value : undefined, isCode };
      });
      for (const message of elementProblems(node.name, attributes)) report(node, message);
    }
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && typeof node.value === 'string' && !isComment(node.value)) {
      const code = node.value.replace(/\s+/gu, ' ').trim();
      report(node, `{${code.length > 40 ? `${code.slice(0, 37)}…` : code}} is code, which a text may not run (expected plain text: write \\{ for the character itself, or {/* … */} for a comment)`);
    }
    if (node.type === 'html' && typeof node.value === 'string') {
      for (const element of rawHtmlElements(node.value)) for (const message of elementProblems(element.tag, element.attributes)) report(node, message);
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}
