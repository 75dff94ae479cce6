import * as z from 'zod/mini'
import { action } from '../_platform/kit/define'
import { forbidden } from '../_platform/kit/errors'
import { setOnDuty } from '../_services/rosters'

const FRONTLINE = ['grid_worker', 'property_staff'] as const

/**
 * 在岗 / 休息: frontline staff say whether new orders may be dispatched to them. Off duty, the
 * least-loaded colleague gets them, or the org's pool (抢单) when nobody is on duty.
 */
export const duty = action({
  description: '设置在岗/休息（影响派单）',
  input: z.object({ onDuty: z.boolean() }),
  roles: FRONTLINE,
  async run({ input, caller, platform }) {
    const scopes = caller.scopes.filter((s) => (FRONTLINE as readonly string[]).includes(s.role))
    if (scopes.length === 0) throw forbidden()
    for (const s of scopes) {
      await setOnDuty(platform.store, caller.userId, s.orgId, s.role, input.onDuty)
    }
    return { onDuty: input.onDuty }
  },
})
