import { SetCurrentInput } from '../../types/household'
import { action } from '../_platform/kit/define'
import { conflict, notFound } from '../_platform/kit/errors'
import { RESIDENT } from '../_platform/kit/roles'
import { householdsOfUser, projectInTx, toHouseholdView } from '../_services/households'

/** Choose which of one's houses is current: the address reports come from. */
export const setCurrent = action({
  description: '设为当前住址',
  input: SetCurrentInput,
  roles: RESIDENT,
  async run({ input, caller, platform }) {
    const mine = await householdsOfUser(platform.store, caller.userId)
    const h = mine.find((x) => x._id === input.id)
    if (!h) throw notFound('没有找到这个住址')
    if (h.status !== 'pending' && h.status !== 'verified') throw conflict('该住址已解绑或未通过核实，不能设为当前住址')
    await platform.store.transaction((tx) => projectInTx(tx, caller.userId, mine, h._id))
    return toHouseholdView(h, h._id)
  },
})
