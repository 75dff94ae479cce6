import { VerifyInput } from '../../types/household'
import { action } from '../_platform/kit/define'
import { conflict, notFound } from '../_platform/kit/errors'
import {
  type HouseholdDoc,
  householdsOf,
  householdsOfUser,
  mayVerify,
  projectInTx,
  VERIFIER_ROLES,
} from '../_services/households'

const MINE_PAGE = 'pages/mine/index'

/**
 * 核实住户: approve or reject a pending binding within the caller's scope. Approval makes it the
 * resident's current house unless they already have a verified one; a rejection tells them why.
 */
export const verify = action({
  description: '核实住户（通过/不通过）',
  input: VerifyInput,
  roles: VERIFIER_ROLES,
  // a rejection reason is sent to the resident
  texts: (input) => [input.reason],
  async run({ input, caller, platform }) {
    const { store } = platform
    const h = await householdsOf(store).get(input.id)
    // another grid's binding is as good as missing: nothing about it is told
    if (!h || !mayVerify(caller, h)) throw notFound('没有找到这条待核实住户')
    if (h.status !== 'pending') throw conflict('该住户已处理过，请刷新')
    const at = platform.clock.now().toISOString()
    const approve = input.decision === 'approve'
    const mine = await householdsOfUser(store, h.userId)
    await store.transaction(async (tx) => {
      const saved = await tx
        .collection<HouseholdDoc>('households')
        .patch(
          h._id,
          approve
            ? { status: 'verified', verifiedAt: at, verifiedBy: caller.userId, verifiedVia: 'staff', updatedAt: at }
            : { status: 'rejected', rejectReason: input.reason ?? '', updatedAt: at },
          { expectedVersion: h._v },
        )
      await projectInTx(
        tx,
        h.userId,
        mine.map((x) => (x._id === saved._id ? saved : x)),
      )
    })
    await platform.notify
      .send(
        approve
          ? {
              toUserId: h.userId,
              template: 'household.verified',
              title: '住址已核实',
              body: `${h.label} 已核实通过`,
              page: MINE_PAGE,
            }
          : {
              toUserId: h.userId,
              template: 'household.rejected',
              title: '住址未通过核实',
              body: `${h.label} 未通过核实：${input.reason}`,
              page: MINE_PAGE,
            },
      )
      .catch((error) => console.error('[notify] failed', h.userId, error))
    return { id: h._id, status: approve ? ('verified' as const) : ('rejected' as const) }
  },
})
