import type { APIRoute } from 'astro';
import { absoluteUrl } from '../data/urls.ts';

/** Allows every crawler and points at the sitemap. */
export const GET: APIRoute = ({ site }) => new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml', site)}\n`);
