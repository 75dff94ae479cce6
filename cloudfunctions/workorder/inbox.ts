import { InboxInput } from '../../types/report'
import { action } from '../_platform/kit/define'
import { STAFF } from '../_platform/kit/roles'
import { inbox as readInbox } from '../_services/inbox'

/** Assigned and pool orders in the caller's scope, nearest deadline first, with counts. */
export const inbox = action({
  description: '工作台：待办、抢单池、已超时、已办结',
  input: InboxInput,
  roles: STAFF,
  run: ({ input, caller, platform }) => readInbox(platform, caller, input),
})
