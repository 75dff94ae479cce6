import type { User } from '../../types/identity'
import { forbidden } from '../_platform/kit/errors'
import type { Platform } from '../_platform/ports'

/** The platform's signed token for a user (local and self-hosted runtimes). */
export async function tokenFor(platform: Platform, user: User): Promise<string> {
  if (!platform.identity.issueToken) throw forbidden('此环境不签发登录凭证')
  return platform.identity.issueToken(user._id)
}
