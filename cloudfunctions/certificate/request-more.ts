import { RequestMoreInput } from '../../types/certificate'
import { action } from '../_platform/kit/define'
import { requestMore as askOnce } from '../_services/certificates/review'
import { REVIEWER } from './roles'

/** 一次性告知: every missing item in one notice; a second round needs a reason and is counted. */
export const requestMore = action({
  description: '一次性告知需补充的材料',
  input: RequestMoreInput,
  roles: REVIEWER,
  texts: (input) => [...input.items, input.reason],
  run: ({ input, caller, platform }) => askOnce(platform, caller, input.id, input.items, input.reason),
})
