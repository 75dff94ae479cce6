import { InboxInput } from '../../types/certificate'
import { action } from '../_platform/kit/define'
import { inbox as requestInbox } from '../_services/certificates/inbox'
import { REVIEWER } from './roles'

/** The staff inbox: to do (deadline first), waiting on residents, overdue, pledge checks, done. */
export const inbox = action({
  description: '证明办理待办',
  input: InboxInput,
  roles: REVIEWER,
  run: ({ input, caller, platform }) => requestInbox(platform, caller, input.filter),
})
