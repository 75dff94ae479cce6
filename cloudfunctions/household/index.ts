/** Deployable function `household`: binding a resident to a room (住户), and its verification. */
import { defineFunction } from '../_platform/kit/define'
import { getPlatform } from '../_platform/runtime/provider'

export const { main, actions, catalog, name } = defineFunction(
  'household',
  {
    places: () => import('./places').then((m) => m.places),
    bind: () => import('./bind').then((m) => m.bind),
    phoneFromWechat: () => import('./phone-from-wechat').then((m) => m.phoneFromWechat),
    mine: () => import('./mine').then((m) => m.mine),
    setCurrent: () => import('./set-current').then((m) => m.setCurrent),
    unbind: () => import('./unbind').then((m) => m.unbind),
    pending: () => import('./pending').then((m) => m.pending),
    verify: () => import('./verify').then((m) => m.verify),
    importRoster: () => import('./import-roster').then((m) => m.importRoster),
  },
  getPlatform,
)
