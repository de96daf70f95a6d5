/**
 * Addresses that make the browser run code or open a document of their own instead of going to a
 * page: `javascript:` and `vbscript:` run a script, `data:` carries a whole document (HTML with
 * scripts in it) inside the address.
 */
export const UNSAFE_SCHEMES: readonly string[] = ['javascript', 'vbscript', 'data'];

/** What an editor may write instead, for the "(expected …)" part of a message. */
export const SAFE_ADDRESSES_TEXT = 'an https:// or http:// address, mailto:, tel:, #anchor or a path on the site such as /da/om/';

const WHY: Record<string, string> = {
  javascript: 'which runs code in the reader\'s browser',
  vbscript: 'which runs code in the reader\'s browser',
  data: 'which carries a document of its own (a page with scripts, for instance) instead of going to one',
};

/**
 * The scheme of an address as a browser reads it (lower case), or undefined for a relative
 * address. Browsers drop leading and trailing spaces and control characters and every tab and line
 * break, so `" java\tscript:"` is a `javascript:` address too.
 */
export function addressScheme(address: string): string | undefined {
  const cleaned = address.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/gu, '').replace(/[\t\n\r]/gu, '');
  return /^([a-z][a-z0-9+.-]*):/iu.exec(cleaned)?.[1]?.toLowerCase();
}

/** Why `address` may not appear on a page, or undefined when it may. */
export function unsafeAddressReason(address: string): string | undefined {
  const scheme = addressScheme(address);
  if (scheme === undefined || !UNSAFE_SCHEMES.includes(scheme)) return undefined;
  return `is a ${scheme}: address, ${WHY[scheme]}`;
}

/** Quotes an address for a message, shortened so one line stays readable. */
export function quoteAddress(address: string): string {
  const oneLine = address.replace(/\s+/gu, ' ').trim();
  return `"${oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine}"`;
}
