import { IdInput } from '../../types/market'
import { action } from '../_platform/kit/define'
import { acceptOffer as accept } from '../_services/market/cancel'

/** 确认候补: take up the seat the waiting list offered, while the offer holds. */
export const acceptOffer = action({
  description: '确认候补名额',
  input: IdInput,
  roles: ['resident', 'grid_worker'],
  run: ({ input, caller, platform }) => accept(platform, caller, input.id),
})
