/** The community's say over a resident's booking: lift a no-show freeze, set waiting-list priority (高龄, 残疾). */
import type { Caller } from '../../../types/identity'
import { liftFreeze } from '../../_core/market'
import { notFound } from '../../_platform/kit/errors'
import type { Platform } from '../../_platform/ports'
import type { UserDoc } from '../accounts'
import { mayManage } from './access'
import { C, type StandingDoc } from './docs'

export async function setStanding(
  platform: Platform,
  caller: Caller,
  input: { userId: string; liftFreeze?: boolean; priority?: number },
) {
  const { store } = platform
  const user = await store.collection<UserDoc>(C.users).get(input.userId)
  const a = user?.address
  if (user?.kind !== 'resident' || !a || !mayManage(caller, a)) throw notFound('没有找到本社区的这位居民')
  return store.transaction(async (tx) => {
    const standings = tx.collection<StandingDoc>(C.standings)
    const before = await standings.get(user._id)
    const base = { noShows: before?.noShows ?? [], frozenUntil: before?.frozenUntil ?? null }
    const next = input.liftFreeze ? liftFreeze(base) : base
    const priority = input.priority ?? before?.priority ?? 0
    if (before) await standings.patch(user._id, { ...next, priority }, { expectedVersion: before._v })
    else await standings.insert({ _id: user._id, ...next, priority } as never)
    if (input.liftFreeze) await tx.collection<UserDoc>(C.users).patch(user._id, { marketFrozenUntil: null })
    return { userId: user._id, frozenUntil: next.frozenUntil, priority }
  })
}
