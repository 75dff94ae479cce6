/** Page paths and where each kind of user lands. */
import Taro from '@tarojs/taro'
import type { Role, User } from '../../types/identity'

export const ROUTES = {
  home: '/pages/home/index',
  services: '/pages/services/index',
  mine: '/pages/mine/index',
  personas: '/pages/dev/personas/index',
  messages: '/pages/messages/index',
  reportNew: '/pages/report/new/index',
  reportDone: '/pages/report/done/index',
  reportDetail: '/pages/report/detail/index',
  reportMine: '/pages/report/mine/index',
  staffInbox: '/packageStaff/pages/inbox/index',
  staffOrder: '/packageStaff/pages/order/index',
  staffPatrol: '/packageStaff/pages/patrol/index',
  adminDashboard: '/packageAdmin/pages/dashboard/index',
  welcome: '/pages/onboarding/welcome/index',
  bind: '/pages/onboarding/bind/index',
  houses: '/pages/onboarding/houses/index',
  redeemInvite: '/pages/onboarding/invite/index',
  deleteAccount: '/pages/account/delete/index',
  staffHouseholds: '/packageStaff/pages/households/index',
  staffProxyApply: '/packageStaff/pages/proxy-apply/index',
  staffPassword: '/packageStaff/pages/password/index',
  adminRoster: '/packageAdmin/pages/roster/index',
  adminInvites: '/packageAdmin/pages/invites/index',
  adminStaff: '/packageAdmin/pages/staff/index',
  adminSupervision: '/packageAdmin/pages/supervision/index',
  adminBoard: '/packageAdmin/pages/board/index',
  adminBoardSettings: '/packageAdmin/pages/board-settings/index',
  board: '/pages/board/index',
  boardSurvey: '/pages/board/survey/index',
  staffMessages: '/packageStaff/pages/messages/index',
  staffMe: '/packageStaff/pages/me/index',
} as const

export const TAB_PAGES: readonly string[] = [ROUTES.home, ROUTES.services, ROUTES.mine]

export function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const parts = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
  return parts.length ? `${path}?${parts.join('&')}` : path
}

/** Goes anywhere: tab pages with switchTab, others with navigateTo (redirectTo when the stack is full). */
export function go(url: string): void {
  const path = url.split('?')[0]
  if (TAB_PAGES.includes(path)) {
    Taro.switchTab({ url: path })
    return
  }
  Taro.navigateTo({ url }).catch((error: { errMsg?: string }) => {
    // only a full page stack (weapp allows 10) is worth a redirect; anything else would stack a second copy
    if (/limit|exceed/i.test(error?.errMsg ?? String(error))) Taro.redirectTo({ url })
    else console.warn('[go] navigateTo failed', url, error)
  })
}

export function rolesOf(user: Pick<User, 'kind' | 'scopes'> | null): Role[] {
  if (!user) return []
  return user.kind === 'resident' ? ['resident'] : user.scopes.map((s) => s.role)
}

export const isStaff = (user: Pick<User, 'kind' | 'scopes'> | null) => !!user && user.kind === 'staff'

/** The first page for a user: residents → home, street admin → dashboard, other staff → inbox. */
export function landingFor(roles: readonly Role[]): string {
  if (roles.includes('street_admin')) return ROUTES.adminDashboard
  if (roles.some((r) => r !== 'resident' && r !== 'system')) return ROUTES.staffInbox
  return ROUTES.home
}

/** The staff work page for this user, or null for residents. */
export function workPageFor(user: Pick<User, 'kind' | 'scopes'> | null): string | null {
  const roles = rolesOf(user)
  const landing = landingFor(roles)
  return landing === ROUTES.home ? null : landing
}

/** report/new hands the submit answer to report/done through storage (no long query strings). */
export const LAST_SUBMIT_KEY = 'xiaobei:last-submit'
