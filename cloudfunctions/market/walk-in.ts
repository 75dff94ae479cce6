import { WalkInInput } from '../../types/market'
import { action } from '../_platform/kit/define'
import { WORKER_ROLES } from '../_services/market/access'
import { walkIn as record } from '../_services/market/checkin'

/** 现场登记: a walk-in served at the stall, so attendance is complete. */
export const walkIn = action({
  description: '登记现场人员',
  input: WalkInInput,
  roles: WORKER_ROLES,
  // the note is shown in the attendance list to the organisers
  texts: (input) => [input.note],
  run: ({ input, caller, platform }) => record(platform, caller, input),
})
