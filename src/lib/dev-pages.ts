/**
 * Whether a build carries the dev pages (the persona picker and the local outbox). The setting is
 * TARO_APP_DEV_PAGES from the .env files: 'all' (every build: `--watch` development), 'h5' (only
 * the H5 build the local host serves), anything else (none). A production weapp build never has them
 * unless asked for. Read by app.config.ts at build time and by the app (lib/env.ts).
 */
export function devPagesIn(setting: string | undefined, platform: string | undefined): boolean {
  return setting === 'all' || (setting === 'h5' && platform === 'h5')
}
