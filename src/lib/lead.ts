/** Words that end in a full stop without ending the sentence. */
const ABBREVIATIONS = new Set(['bl.a', 'f.eks', 'fx', 'pct', 'ca', 'nr', 'jf', 'jfr', 'dvs', 'mv', 'm.v', 'osv', 'mfl', 'm.fl', 'kl', 'evt', 'inkl', 'ifm', 'iht', 'vha', 'mht', 'st', 'ev', 'o.l', 'etc', 'bla']);

/**
 * Splits a summary into its first sentence (the lead) and the rest. A sentence ends at ".", "!"
 * or "?" followed by a space and a capital letter or digit, unless the word before is a known
 * abbreviation ("bl.a.", "pct."), a single letter or a one- or two-digit ordinal. Without such an end, the whole text is the lead.
 */
export function splitLead(text: string): { lead: string; rest: string } {
  const pattern = /([.!?])\s+(?=[\p{Lu}\d«"“])/gu;
  for (const match of text.matchAll(pattern)) {
    const end = match.index + 1;
    const before = text.slice(0, match.index);
    const word = (/(\S+)$/u.exec(before)?.[1] ?? '').replace(/^[(«"“]+/u, '').toLowerCase();
    // "pct.", "bl.a.", an initial ("H. C."), or a Danish/Norwegian ordinal ("2. halvår"); a year ("2011.") does end a sentence.
    if (match[1] === '.' && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^\d{1,2}$/u.test(word))) continue;
    return { lead: text.slice(0, end).trim(), rest: text.slice(end).trim() };
  }
  return { lead: text.trim(), rest: '' };
}
