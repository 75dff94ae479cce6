import { DetailInput } from '../../types/report'
import { action } from '../_platform/kit/define'
import { RESIDENT } from '../_platform/kit/roles'
import { detailFor } from '../_services/order-access'

/** One of my reports (or one I 同问), with its whole timeline. Nobody else's. */
export const detail = action({
  description: '报事详情与进度',
  input: DetailInput,
  roles: RESIDENT,
  run: ({ input, caller, platform }) =>
    detailFor(platform, caller, input.id, ['reporter', 'follower'], '只能查看自己提交或同问的报事'),
})
