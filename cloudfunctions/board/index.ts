/** Deployable function `board`: the quarterly 物业红黑榜 from draft (computed by the `draft` timer once a quarter ends) through publicity and appeals to final. */
import { defineFunction } from '../_platform/kit/define'
import { getPlatform } from '../_platform/runtime/provider'

export const { main, actions, catalog, name } = defineFunction(
  'board',
  {
    quarter: () => import('./quarter').then((m) => m.quarter),
    compute: () => import('./compute').then((m) => m.compute),
    publish: () => import('./publish').then((m) => m.publish),
    appeal: () => import('./appeal').then((m) => m.appeal),
    decideAppeal: () => import('./decide-appeal').then((m) => m.decideAppeal),
    veto: () => import('./veto').then((m) => m.veto),
    checklist: () => import('./checklist').then((m) => m.checklist),
    tasks: () => import('./tasks').then((m) => m.tasks),
    settings: () => import('./settings').then((m) => m.settings),
    saveSettings: () => import('./save-settings').then((m) => m.saveSettings),
    draft: () => import('./draft').then((m) => m.draft),
  },
  getPlatform,
)
