import * as z from 'zod/mini'
import { action } from '../_platform/kit/define'
import { RESIDENT } from '../_platform/kit/roles'
import { usersOf } from '../_services/accounts'
import { householdsOfUser, toHouseholdView } from '../_services/households'

/** The caller's own houses, newest first, with which one is current. Never anyone else's. */
export const mine = action({
  description: '我的住址（绑定与核实状态）',
  input: z.object({}),
  roles: RESIDENT,
  async run({ caller, platform }) {
    const [user, list] = await Promise.all([
      usersOf(platform.store).get(caller.userId),
      householdsOfUser(platform.store, caller.userId),
    ])
    return {
      items: list
        .filter((h) => h.status !== 'moved_out')
        .reverse()
        .map((h) => toHouseholdView(h, user?.householdId)),
    }
  },
})
