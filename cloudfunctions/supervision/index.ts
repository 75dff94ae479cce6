/** Deployable function `supervision`: 督办考核 KPIs of every level, 问题工单 and the Excel export. */
import { defineFunction } from '../_platform/kit/define'
import { getPlatform } from '../_platform/runtime/provider'
import { exportXlsx } from './export'
import { kpis } from './kpis'
import { problems } from './problems'

export const { main, catalog, name } = defineFunction(
  'supervision',
  { kpis, problems, export: exportXlsx },
  getPlatform,
)
