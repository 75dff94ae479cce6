/** Deployable function `supervision`: 督办考核 KPIs of every level, 问题工单 and the Excel export. */
import { defineFunction } from '../_platform/kit/define'
import { getPlatform } from '../_platform/runtime/provider'

export const { main, actions, catalog, name } = defineFunction(
  'supervision',
  {
    kpis: () => import('./kpis').then((m) => m.kpis),
    problems: () => import('./problems').then((m) => m.problems),
    export: () => import('./export').then((m) => m.exportXlsx),
  },
  getPlatform,
)
