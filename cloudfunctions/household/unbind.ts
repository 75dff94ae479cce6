import { UnbindInput } from '../../types/household'
import { action } from '../_platform/kit/define'
import { notFound } from '../_platform/kit/errors'
import { RESIDENT } from '../_platform/kit/roles'
import { type HouseholdDoc, householdsOfUser, projectInTx } from '../_services/households'

/** 迁出: unbind a house. When it was the current one, another live house (or none) takes its place. */
export const unbind = action({
  description: '解绑住址（迁出）',
  input: UnbindInput,
  roles: RESIDENT,
  async run({ input, caller, platform }) {
    const mine = await householdsOfUser(platform.store, caller.userId)
    const h = mine.find((x) => x._id === input.id && x.status !== 'moved_out')
    if (!h) throw notFound('没有找到这个住址')
    const at = platform.clock.now().toISOString()
    await platform.store.transaction(async (tx) => {
      const saved = await tx
        .collection<HouseholdDoc>('households')
        .patch(h._id, { status: 'moved_out', updatedAt: at }, { expectedVersion: h._v })
      await projectInTx(
        tx,
        caller.userId,
        mine.map((x) => (x._id === saved._id ? saved : x)),
      )
    })
    return { id: h._id, status: 'moved_out' as const }
  },
})
