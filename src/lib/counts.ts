import type { ItemSummary } from './model.ts';

/** How many concrete actions and how many principles (the Danish "dogmer") a list holds. */
export interface ItemCounts {
  actions: number;
  principles: number;
}

/** Counts actions and principles apart, so no page adds the dogmer to the actions unsaid. */
export function countItems(items: readonly Pick<ItemSummary, 'kind'>[]): ItemCounts {
  let principles = 0;
  for (const item of items) if (item.kind === 'principle') principles++;
  return { actions: items.length - principles, principles };
}

/** Adds up several counts. */
export function sumCounts(counts: readonly ItemCounts[]): ItemCounts {
  return counts.reduce((sum, count) => ({ actions: sum.actions + count.actions, principles: sum.principles + count.principles }), { actions: 0, principles: 0 });
}

/** The words a count is shown in: "{count} indsatser", singular and plural. */
export interface CountWords {
  actionOne: string;
  actionOther: string;
  principleOne: string;
  principleOther: string;
  /** Joins the two: "og". */
  and: string;
}

/**
 * "26 indsatser og 3 dogmer", "5 indsatser", "3 dogmer"; the principles are named only when
 * there are some, the actions always unless there are only principles.
 */
export function describeCounts(counts: ItemCounts, words: CountWords): string {
  const fill = (template: string, count: number) => template.replace('{count}', String(count));
  const actions = fill(counts.actions === 1 ? words.actionOne : words.actionOther, counts.actions);
  const principles = fill(counts.principles === 1 ? words.principleOne : words.principleOther, counts.principles);
  if (counts.principles === 0) return actions;
  if (counts.actions === 0) return principles;
  return `${actions} ${words.and} ${principles}`;
}
