/**
 * A site path under the base path: `withBase('/papers-demo/', '/topics/')`
 * is `/papers-demo/topics/`. Every internal link goes through this.
 */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
