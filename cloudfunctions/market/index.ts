/** Deployable function `market`: 民生集市 booking, waiting lists, check-in, and the organiser's editor. */
import { defineFunction } from '../_platform/kit/define'
import { getPlatform } from '../_platform/runtime/provider'

export const { main, actions, catalog, name } = defineFunction(
  'market',
  {
    list: () => import('./list').then((m) => m.list),
    detail: () => import('./detail').then((m) => m.detail),
    book: () => import('./book').then((m) => m.book),
    cancel: () => import('./cancel').then((m) => m.cancel),
    mine: () => import('./mine').then((m) => m.mine),
    acceptOffer: () => import('./accept-offer').then((m) => m.acceptOffer),
    checkin: () => import('./checkin').then((m) => m.checkin),
    walkIn: () => import('./walk-in').then((m) => m.walkIn),
    attendance: () => import('./attendance').then((m) => m.attendance),
    save: () => import('./save').then((m) => m.save),
    publish: () => import('./publish').then((m) => m.publish),
    cancelMarket: () => import('./cancel-market').then((m) => m.cancelMarket),
    stats: () => import('./stats').then((m) => m.stats),
    applyStall: () => import('./apply-stall').then((m) => m.applyStall),
    reviewStall: () => import('./review-stall').then((m) => m.reviewStall),
    standing: () => import('./standing').then((m) => m.standing),
    sweep: () => import('./sweep').then((m) => m.sweep),
  },
  getPlatform,
)
