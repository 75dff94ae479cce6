/** Deployable function `workorder`: what staff do with orders, and the scheduled sweep. */
import { defineFunction } from '../_platform/kit/define'
import { getPlatform } from '../_platform/runtime/provider'

export const { main, actions, catalog, name } = defineFunction(
  'workorder',
  {
    inbox: () => import('./inbox').then((m) => m.inbox),
    detail: () => import('./detail').then((m) => m.detail),
    acknowledge: () => import('./acknowledge').then((m) => m.acknowledge),
    progress: () => import('./progress').then((m) => m.progress),
    resolve: () => import('./resolve').then((m) => m.resolve),
    transfer: () => import('./transfer').then((m) => m.transfer),
    return: () => import('./return').then((m) => m.returnOrder),
    reject: () => import('./reject').then((m) => m.reject),
    grab: () => import('./grab').then((m) => m.grab),
    whistle: () => import('./whistle').then((m) => m.whistle),
    /** @deprecated alias of `whistle` for one release */
    escalate: () => import('./whistle').then((m) => m.escalate),
    whistleReport: () => import('./whistle-report').then((m) => m.whistleReport),
    patrol: () => import('./patrol').then((m) => m.patrol),
    sweep: () => import('./sweep').then((m) => m.sweep),
    targets: () => import('./targets').then((m) => m.targets),
    buildings: () => import('./buildings').then((m) => m.buildings),
    duty: () => import('./duty').then((m) => m.duty),
    holidayNotice: () => import('./holiday-notice').then((m) => m.holidayNotice),
  },
  getPlatform,
)
