import Taro from '@tarojs/taro'
import { go, ROUTES, withQuery } from '../../lib/routes'

export function openOrder(id: string): void {
  go(withQuery(ROUTES.staffOrder, { id }))
}

/** Back to the inbox: pop to it when it is on the stack, otherwise open it in place of this page. */
export function goInbox(): void {
  const pages = Taro.getCurrentPages()
  const index = pages.findIndex((p) => `/${(p.route ?? '').replace(/^\//, '')}`.startsWith(ROUTES.staffInbox))
  if (index >= 0 && index < pages.length - 1) {
    Taro.navigateBack({ delta: pages.length - 1 - index })
    return
  }
  Taro.redirectTo({ url: ROUTES.staffInbox })
}

/** Where the back link of a staff page goes: the page below it, or the inbox when opened directly. */
export function backTarget(): { label: string; go: () => void } {
  const pages = Taro.getCurrentPages()
  const below = pages.length > 1 ? `/${(pages[pages.length - 2].route ?? '').replace(/^\//, '')}` : ''
  if (below.startsWith(ROUTES.adminDashboard)) return { label: '返回工单看板', go: () => Taro.navigateBack() }
  if (below.startsWith(ROUTES.staffInbox)) return { label: '返回我的工单', go: () => Taro.navigateBack() }
  return { label: '返回我的工单', go: goInbox }
}
