import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataFile, getDataFiles } from '../../data/open-data.ts';

// Every file under /data/: the JSON and CSV downloads, their JSON Schemas and dataset.jsonld.
export const getStaticPaths = (async () => (await getDataFiles(undefined)).map((file) => ({ params: { file: file.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const file = await getDataFile(site, String(params['file']));
  const charset = file.mediaType === 'text/csv' ? '; charset=utf-8; header=present' : '; charset=utf-8';
  return new Response(file.content, { headers: { 'Content-Type': `${file.mediaType}${charset}` } });
};
