import { BindInput } from '../../types/household'
import { action } from '../_platform/kit/define'
import { conflict, forbidden, invalidInput } from '../_platform/kit/errors'
import { RESIDENT } from '../_platform/kit/roles'
import { isStoreConflict } from '../_platform/store/port'
import { userInTx, usersOf } from '../_services/accounts'
import { onRoster } from '../_services/house-roster'
import {
  type HouseholdDoc,
  type HouseholdFields,
  householdIdOf,
  householdsOf,
  householdsOfUser,
  projectInTx,
  roomKeyOf,
  toHouseholdView,
} from '../_services/households'
import { buildingOf } from '../_services/places'
import { privacyNotice } from '../_services/privacy-notice'

/**
 * 绑定住址: a pending binding of the caller to a room, after consent to the current privacy notice.
 * Idempotent on requestId; a resident may hold several houses (the first live one becomes current).
 * A binding whose room and name are on the community's roster, with the phone WeChat confirmed for the
 * caller, is verified at once.
 */
export const bind = action({
  description: '绑定住址（待网格员核实）',
  input: BindInput,
  roles: RESIDENT,
  // the name the grid worker reads when verifying the binding
  texts: (input) => [input.name],
  async run({ input, caller, platform }) {
    const { store } = platform
    const me = caller
    const id = householdIdOf(me.userId, input.requestId)
    const [notice, place, again, mine, user] = await Promise.all([
      privacyNotice(store),
      buildingOf(store, input.buildingId),
      householdsOf(store).get(id),
      householdsOfUser(store, me.userId),
      usersOf(store).get(me.userId),
    ])
    if (again) return toHouseholdView(again, user?.householdId)
    const units = (place.building as { units?: unknown }).units
    if (Array.isArray(units) && units.length > 0 && !units.includes(input.unit)) {
      throw invalidInput(`${place.label}没有“${input.unit}”，请从 ${units.join('、')} 中选择`)
    }
    const roomKey = roomKeyOf(place.building._id, input.unit, input.room)
    if (mine.some((h) => h.roomKey === roomKey && (h.status === 'pending' || h.status === 'verified'))) {
      throw conflict('您已绑定过这户，无需重复绑定')
    }
    // on the community's roster with this name and the phone WeChat confirmed: verified at once
    const listed = await onRoster(store, roomKey, {
      name: input.name,
      phone: input.phone ?? null,
      wechatPhone: user?.wechatPhone,
    })
    const now = platform.clock.now().toISOString()
    try {
      return await store.transaction(async (tx) => {
        const user = await userInTx(tx, me, now)
        if (user.privacyConsent?.version !== notice.version) {
          throw forbidden(`请先阅读并同意《小北隐私保护说明》（${notice.version}版）后再绑定住址`)
        }
        const doc: HouseholdFields = {
          _id: id,
          userId: me.userId,
          requestKey: `${me.userId}:${input.requestId}`,
          streetId: String((place.estate as { streetId?: unknown }).streetId ?? ''),
          communityId: place.estate.communityId,
          gridId: place.estate.gridId,
          estateId: place.estate._id,
          buildingId: place.building._id,
          unit: input.unit,
          room: input.room,
          roomKey,
          label: `${place.label} ${input.unit} ${input.room}`,
          relation: input.relation,
          name: input.name,
          phone: input.phone ?? null,
          status: listed ? 'verified' : 'pending',
          rejectReason: null,
          verifiedAt: listed ? now : null,
          verifiedBy: null,
          verifiedVia: listed ? 'roster' : null,
          createdAt: now,
          updatedAt: now,
        }
        const saved = await tx.collection<HouseholdDoc>('households').insert(doc as never)
        await projectInTx(tx, me.userId, [...mine, saved])
        const after = await tx.collection('users').get(me.userId)
        return toHouseholdView(saved, after?.householdId as string)
      })
    } catch (error) {
      // the same request, twice at once: the first one's binding is the answer
      if (isStoreConflict(error)) {
        const first = await householdsOf(store).get(id)
        if (first)
          return toHouseholdView(first, (await store.collection('users').get(me.userId))?.householdId as string)
      }
      throw error
    }
  },
})
