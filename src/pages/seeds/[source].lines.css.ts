// Per source, the rules that mark a range of lines on its text page when a link to the range is followed.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getKnowledgeBase } from '../../data/knowledge-base.ts';
import { rangesOfSource } from '../../data/seed-text.ts';
import { rangeStylesheet } from '../../lib/line-ranges.ts';

export const getStaticPaths = (async () => {
  const { sources } = await getKnowledgeBase();
  return sources.map((source) => ({ params: { source: source.id }, props: { source } }));
}) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(`${rangeStylesheet(await rangesOfSource(props.source))}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
