import { TasksInput } from '../../types/board'
import { action } from '../_platform/kit/define'
import { listTasks } from '../_services/board/workflow'

/** 约谈/整改任务 set by black entries; two black quarters in a row flagged for referral. */
export const tasks = action({
  description: '黑榜约谈整改任务（连续两季度黑榜标记移交）',
  input: TasksInput,
  roles: ['street_admin', 'community_admin'],
  run: ({ input, caller, platform }) => listTasks(platform, caller, input.quarter),
})
