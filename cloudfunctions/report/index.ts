/** Deployable function `report`: what residents do with their reports (一键报事). */
import { defineFunction } from '../_platform/kit/define'
import { getPlatform } from '../_platform/runtime/provider'

export const { main, actions, catalog, name } = defineFunction(
  'report',
  {
    categories: () => import('./categories').then((m) => m.categories),
    submit: () => import('./submit').then((m) => m.submit),
    mine: () => import('./mine').then((m) => m.mine),
    counts: () => import('./counts').then((m) => m.counts),
    contacts: () => import('./contacts').then((m) => m.contacts),
    detail: () => import('./detail').then((m) => m.detail),
    similar: () => import('./similar').then((m) => m.similar),
    follow: () => import('./follow').then((m) => m.follow),
    confirm: () => import('./confirm').then((m) => m.confirm),
    rate: () => import('./rate').then((m) => m.rate),
    reopen: () => import('./reopen').then((m) => m.reopen),
    cancel: () => import('./cancel').then((m) => m.cancel),
    nudge: () => import('./nudge').then((m) => m.nudge),
    note: () => import('./note').then((m) => m.note),
    addPhotos: () => import('./add-photos').then((m) => m.addPhotos),
  },
  getPlatform,
)
