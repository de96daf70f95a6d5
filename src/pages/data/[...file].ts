import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataFiles, takeDataFileContent } from '../../data/open-data.ts';

// Every file under /data/: the JSON and CSV downloads, their JSON Schemas and dataset.jsonld.
// getStaticPaths has no Astro.site; the same address from the environment, so that the files are built once per build.
const SITE = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;

export const getStaticPaths = (async () =>
  (await getDataFiles(SITE)).map((file) => ({ params: { file: file.name }, props: { mediaType: file.mediaType } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props, site }) => {
  const mediaType = String(props['mediaType']);
  const content = await takeDataFileContent(site, String(params['file']));
  const charset = mediaType === 'text/csv' ? '; charset=utf-8; header=present' : '; charset=utf-8';
  return new Response(content, { headers: { 'Content-Type': `${mediaType}${charset}` } });
};
