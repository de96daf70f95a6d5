// The words of the search index, for "Mente du …" suggestions; loaded only when a search finds little.
import type { APIRoute } from 'astro';
import { vocabularyFor } from '../../../components/search/search-data.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(await vocabularyFor('nb')), { headers: { 'Content-Type': 'application/json' } });
