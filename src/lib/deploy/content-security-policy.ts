/** A Content-Security-Policy as directive name → sources, in the order written. */
export type Policy = Map<string, string[]>;

/** Parses `default-src 'self'; script-src 'self' 'sha256-…'` (any spacing around `;`). */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/u);
    // The first occurrence of a directive wins, as in browsers.
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** `name source source; name source` */
export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy that allows what each of `policies` allows: per directive, every source any of them
 * names. For pages that all carry the same policy, that policy itself.
 */
export function mergePolicies(policies: Iterable<Policy>): Policy {
  const merged: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) {
      const known = merged.get(name) ?? [];
      merged.set(name, [...known, ...sources.filter((source) => !known.includes(source))]);
    }
  }
  return merged;
}

const decodeAttribute = (value: string) =>
  value.replace(/&#39;|&#x27;|&apos;/gu, "'").replace(/&quot;|&#34;|&#x22;/gu, '"').replace(/&amp;/gu, '&');

/** The policy of a page's `<meta http-equiv="content-security-policy">`, or undefined. */
export function metaPolicy(html: string): string | undefined {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/giu)) {
    if (!/http-equiv\s*=\s*["']?content-security-policy["'\s>]/iu.test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/iu.exec(tag);
    if (content) return decodeAttribute(content[1] ?? content[2] ?? '');
  }
  return undefined;
}
