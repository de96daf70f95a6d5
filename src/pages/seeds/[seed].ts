// The raw seed files, byte for byte, so readers can download what every page is made from.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getKnowledgeBase } from '../../data/knowledge-base.ts';
import { readSeed } from '../../data/seed-text.ts';

export const getStaticPaths = (async () => {
  const { sources } = await getKnowledgeBase();
  // Sources may share a seed file; each file is one address.
  return [...new Set(sources.map((source) => source.data.seed))].map((seed) => ({ params: { seed } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readSeed(String(params['seed'])), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
