import { forbidden } from '../_platform/kit/errors'
import type { Platform } from '../_platform/ports'

/**
 * Demo personas exist only where the platform opened them: the local host with XIAOBEI_DEMO=1 (the
 * default for an embedded pglite store). Never on CloudBase, never on PostgreSQL unless asked for.
 * Answers the token issuer demo login uses.
 */
export function demoLogin(platform: Platform): (userId: string) => Promise<string> {
  const issue = platform.identity.issueToken
  if (!platform.demoLogin || !issue) throw forbidden('演示登录未开启（需设置 XIAOBEI_DEMO=1）')
  return issue
}
