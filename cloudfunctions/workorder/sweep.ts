import * as z from 'zod/mini'
import { action } from '../_platform/kit/define'
import { SYSTEM } from '../_platform/kit/roles'
import { sweep as runSweep } from '../_services/sweep'

/** The timer trigger `sweep` (config.json): escalate overdue orders one rung, auto-confirm stale resolutions. */
export const sweep = action({
  description: '定时巡检：超时升级、自动确认',
  input: z.object({}),
  roles: SYSTEM,
  run: ({ caller, platform }) => runSweep(platform, caller),
})
