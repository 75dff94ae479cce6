import type { Caller, Role, User } from '../../../types/identity'

/** The caller a stored user acts as: residents hold 'resident'; staff hold the roles of their scopes. */
export function callerOf(user: User): Caller {
  const roles = new Set<Role>(user.kind === 'resident' ? ['resident'] : [])
  for (const scope of user.scopes) roles.add(scope.role)
  return {
    userId: user._id,
    name: user.name,
    kind: user.kind,
    roles: [...roles],
    scopes: user.scopes,
    ...(user.openid ? { openid: user.openid } : {}),
    ...(user.phone ? { phone: user.phone } : {}),
    ...(user.address ? { address: user.address } : {}),
    ...(user.householdVerified ? { householdVerified: true } : {}),
    ...(user.title ? { title: user.title } : {}),
    ...(user.marketFrozenUntil ? { marketFrozenUntil: user.marketFrozenUntil } : {}),
    ...(user.recentClosures ? { recentClosures: user.recentClosures } : {}),
    ...(user.messagesReadAt ? { messagesReadAt: user.messagesReadAt } : {}),
  }
}

export const SYSTEM_CALLER: Caller = {
  userId: 'system',
  name: '系统定时任务',
  kind: 'system',
  roles: ['system'],
  scopes: [],
}

/** A deactivated or deleted user is refused on the next call, whatever token they hold. */
export function isActiveUser(user: Pick<User, 'disabled' | 'deletedAt'>): boolean {
  return user.disabled !== true && !user.deletedAt
}
