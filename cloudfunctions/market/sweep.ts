import * as z from 'zod/mini'
import { action } from '../_platform/kit/define'
import { SYSTEM } from '../_platform/kit/roles'
import { sweepMarkets } from '../_services/market/sweep'

/** The timer trigger `sweep` (config.json): expired offers pass on, no-shows, reminders. */
export const sweep = action({
  description: '定时巡检：候补超时顺延、未到场、开始前提醒',
  input: z.object({}),
  roles: SYSTEM,
  run: ({ platform }) => sweepMarkets(platform),
})
