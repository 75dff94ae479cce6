/** Deployable function `market`: 民生集市 booking, waiting lists, check-in, and the organiser's editor. */
import { defineFunction } from '../_platform/kit/define'
import { getPlatform } from '../_platform/runtime/provider'
import { acceptOffer } from './accept-offer'
import { applyStall } from './apply-stall'
import { attendance } from './attendance'
import { book } from './book'
import { cancel } from './cancel'
import { cancelMarket } from './cancel-market'
import { checkin } from './checkin'
import { detail } from './detail'
import { list } from './list'
import { mine } from './mine'
import { publish } from './publish'
import { reviewStall } from './review-stall'
import { save } from './save'
import { standing } from './standing'
import { stats } from './stats'
import { sweep } from './sweep'
import { walkIn } from './walk-in'

export const { main, catalog, name } = defineFunction(
  'market',
  {
    list,
    detail,
    book,
    cancel,
    mine,
    acceptOffer,
    checkin,
    walkIn,
    attendance,
    save,
    publish,
    cancelMarket,
    stats,
    applyStall,
    reviewStall,
    standing,
    sweep,
  },
  getPlatform,
)
