import * as z from 'zod/mini'
import { action } from '../_platform/kit/define'
import { SYSTEM } from '../_platform/kit/roles'
import { draftEndedQuarter } from '../_services/board/workflow'

/** The timer trigger `draft` (config.json): once a quarter has ended, each street gets its draft board. */
export const draft = action({
  description: '定时任务：季度结束后为每个街道计算红黑榜草稿',
  input: z.object({}),
  roles: SYSTEM,
  run: ({ platform }) => draftEndedQuarter(platform),
})
