import { BookInput } from '../../types/market'
import { action } from '../_platform/kit/define'
import { book as bookSlot } from '../_services/market/book'

/** 预约 a slot (or join its waiting list); a grid worker may book for a resident of their grid (代约). */
export const book = action({
  description: '预约集市时段（满员时候补；网格员可代约）',
  input: BookInput,
  roles: ['resident', 'grid_worker'],
  run: ({ input, caller, platform }) => bookSlot(platform, caller, input),
})
