import { quoteAddress, SAFE_ADDRESSES_TEXT, unsafeAddressReason } from './unsafe-address.ts';

/**
 * The HTML elements editors may write in a body, for what Markdown cannot say: abbreviations,
 * a passage in the other language (`<span lang="nb">`), line breaks, sub- and superscript, titles
 * of works, dates and definition lists. Everything else is written in Markdown or not at all.
 */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  abbr: [],
  br: [],
  cite: [],
  dd: [],
  dl: [],
  dt: [],
  span: [],
  sub: [],
  sup: [],
  time: ['datetime'],
};

/** Attributes every allowed element may carry. */
export const GLOBAL_ATTRIBUTES: readonly string[] = ['id', 'lang', 'dir', 'title', 'translate'];

/** Attributes that hold an address, on any element. */
const ADDRESS_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'cite', 'data', 'background', 'ping', 'manifest']);

/** Why some refused elements are refused, for the message. */
const WHY_REFUSED: Record<string, string> = {
  script: 'it runs code in the reader\'s browser',
  style: 'it changes the look of the whole page',
  iframe: 'it shows another page inside this one',
  frame: 'it shows another page inside this one',
  object: 'it runs a plug-in or shows another document inside this one',
  embed: 'it runs a plug-in or shows another document inside this one',
  form: 'it sends what readers type to another address',
  base: 'it changes where every link on the page goes',
  meta: 'it changes how the browser treats the page',
  link: 'it loads files into the page',
  svg: 'it can carry scripts of its own',
  math: 'it can carry links and markup the site does not check',
};

/** What to write instead, where Markdown has a way. */
const INSTEAD: Record<string, string> = {
  a: 'a Markdown link: [text](https://…)',
  img: 'a Markdown image: ![description](/path/to/image.png)',
  p: 'an empty line between paragraphs',
  strong: '**bold** in Markdown',
  b: '**bold** in Markdown',
  em: '*italics* in Markdown',
  i: '*italics* in Markdown',
};

const allowedText = () => Object.keys(ALLOWED_ELEMENTS).map((name) => `<${name}>`).join(', ');

/** One attribute as written in the body. `value` is undefined for code (`{…}`) or a bare attribute. */
export interface WrittenAttribute {
  name: string;
  value: string | undefined;
  /** True for `name={…}` and `{...spread}`: code where text belongs. */
  isCode: boolean;
}

/** What is wrong with one element and its attributes, as messages (without file and line). */
export function elementProblems(tag: string, attributes: readonly WrittenAttribute[]): string[] {
  const name = tag.toLowerCase();
  const messages: string[] = [];
  const allowed = ALLOWED_ELEMENTS[name];
  if (!allowed) {
    const why = WHY_REFUSED[name];
    const instead = INSTEAD[name] ?? 'Markdown';
    messages.push(`<${name}> is not allowed in the text${why ? `: ${why}` : ''} (expected ${instead}, or one of the allowed HTML elements: ${allowedText()})`);
  }
  for (const attribute of attributes) {
    const attributeName = attribute.name.toLowerCase();
    if (attribute.isCode) {
      messages.push(attribute.name === '{…}'
        ? `{…} on <${name}> is code, not text (expected attributes written as name="value")`
        : `${attribute.name}={…} on <${name}> is code, not text (expected a value in quotes: ${attribute.name}="…")`);
    } else if (/^on/iu.test(attributeName)) {
      messages.push(`${attributeName}="…" on <${name}> is an event handler, which runs code in the reader's browser (expected no on… attributes)`);
    } else if (attributeName === 'style') {
      messages.push(`style="…" on <${name}> is not allowed (expected no style attributes: the site's stylesheet sets the look)`);
    } else if (ADDRESS_ATTRIBUTES.has(attributeName) && attribute.value !== undefined && unsafeAddressReason(attribute.value)) {
      messages.push(`${attributeName}=${quoteAddress(attribute.value)} on <${name}> ${unsafeAddressReason(attribute.value)} (expected ${SAFE_ADDRESSES_TEXT})`);
    } else if (allowed && !allowed.includes(attributeName) && !GLOBAL_ATTRIBUTES.includes(attributeName)) {
      messages.push(`the attribute ${attributeName} is not allowed on <${name}> (expected only ${[...GLOBAL_ATTRIBUTES, ...allowed].join(', ')})`);
    }
  }
  return messages;
}
