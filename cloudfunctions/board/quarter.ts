import { QuarterInput } from '../../types/board'
import { action } from '../_platform/kit/define'
import { ANY_PERSON } from '../_platform/kit/roles'
import { quarterView } from '../_services/board/view'

/** 物业红黑榜 of a quarter: residents the final board only; street staff every stage. */
export const quarter = action({
  description: '季度物业红黑榜（居民仅可见正式发布的榜单）',
  input: QuarterInput,
  roles: ANY_PERSON,
  run: ({ input, caller, platform }) => quarterView(platform, caller, input.quarter),
})
