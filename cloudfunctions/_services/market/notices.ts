/**
 * Market notifications, through platform.notify: always in the person's message box (消息), and on
 * WeChat also as a subscribe message when they allowed it. Four template keys; the client asks for at
 * most 3 at one tap (src/lib/market-templates.ts: book: confirmed, reminder, cancelled; waiting list:
 * offer, reminder, cancelled; accepting an offer: as book). Every `thing` field is cut to 20 characters.
 */
import { formatDeadline } from '../../../types/china-time'
import type { Notification } from '../../_platform/ports'

export const MARKET_TEMPLATES = {
  confirmed: 'market.confirmed',
  reminder: 'market.reminder',
  offer: 'market.offer',
  cancelled: 'market.cancelled',
} as const

const MINE_PAGE = 'pages/market/mine/index'
const thing = (s: string) => [...s].slice(0, 20).join('')

interface About {
  residentId: string
  stallName: string
  marketTitle: string
  startsAt: string
}

function notice(kind: keyof typeof MARKET_TEMPLATES, a: About, title: string, body: string): Notification {
  return {
    toUserId: a.residentId,
    template: MARKET_TEMPLATES[kind],
    title: thing(title),
    body,
    page: MINE_PAGE,
    data: { thing1: thing(a.stallName), thing2: thing(a.marketTitle), time3: formatDeadline(a.startsAt) },
  }
}

export const confirmedNotice = (a: About, proxyName?: string | null) =>
  notice(
    'confirmed',
    a,
    '集市预约成功',
    `${a.marketTitle}·${a.stallName} ${formatDeadline(a.startsAt)}${proxyName ? `（网格员${proxyName}代约）` : ''}，请按时到场出示预约码`,
  )

export const reminderNotice = (a: About) =>
  notice(
    'reminder',
    a,
    '集市预约2小时后开始',
    `${a.stallName} ${formatDeadline(a.startsAt)} 开始，请带好手机出示预约码`,
  )

export const offerNotice = (a: About, expiresAt: string) =>
  notice(
    'offer',
    a,
    '候补到位，请确认',
    `${a.stallName} ${formatDeadline(a.startsAt)} 有空位了，请在 ${formatDeadline(expiresAt)} 前到“我的预约”确认`,
  )

export const cancelledNotice = (a: About, reason: string) =>
  notice('cancelled', a, '集市已取消', `${a.marketTitle}·${a.stallName} ${formatDeadline(a.startsAt)} 取消：${reason}`)
