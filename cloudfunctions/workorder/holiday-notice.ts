import * as z from 'zod/mini'
import type { HolidayNoticeOutput } from '../../types/holidays'
import { action } from '../_platform/kit/define'
import { holidayNotice as noticeFor } from '../_services/holiday-settings'

/** For the admin dashboard's banner: from 1 November, next year's 放假安排 has not been entered. */
export const holidayNotice = action({
  description: '放假安排提醒（次年放假安排未录入时提示）',
  input: z.object({}),
  roles: ['community_admin', 'street_admin'],
  run: async ({ caller, platform }): Promise<HolidayNoticeOutput> => ({
    notice: await noticeFor(platform, caller),
  }),
})
