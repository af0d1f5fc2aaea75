/** The public origin and base path of the built site. */
export interface SiteLocation {
  site: string;
  base: string;
}

/**
 * Where the site will be served, from the environment: `SITE_URL` (origin,
 * possibly with a path) and `BASE_PATH`; in GitHub Actions both default
 * from the repository, as GitHub Pages serves it
 * (`https://<owner>.github.io/<repo>/`).
 */
export function siteFromEnv(env: Readonly<Record<string, string | undefined>>): SiteLocation {
  const repo = env['GITHUB_ACTIONS'] === 'true' ? env['GITHUB_REPOSITORY'] : undefined;
  const [owner, name] = repo?.split('/') ?? [];
  const pagesSite = owner === undefined ? undefined : `https://${owner.toLowerCase()}.github.io`;
  const pagesBase = name === undefined || name.toLowerCase() === `${owner?.toLowerCase()}.github.io` ? '/' : `/${name}/`;
  const siteUrl = new URL(nonEmpty(env['SITE_URL']) ?? pagesSite ?? 'http://localhost:4321');
  const base = nonEmpty(env['BASE_PATH']) ?? (siteUrl.pathname !== '/' ? siteUrl.pathname : repo === undefined ? '/' : pagesBase);
  return { site: siteUrl.origin, base: normaliseBase(base) };
}

/** A base path with exactly one leading and one trailing slash ("/" for none). */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
