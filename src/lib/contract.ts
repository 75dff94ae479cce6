/**
 * The few contract VALUES the client needs, mirrored from types/ so the app does not bundle zod
 * (types/*.ts build their schemas at import time; zod alone would add ~450 KB to the main package).
 * Only `import type` from types/ is allowed in src/. The `typeof` annotations make tsc fail if
 * the lists drift from the contract.
 */
import type { ErrorCode, chineseMessageOf as ServerMessages } from '../../types/envelope'
import type { RATING_TAGS as ServerRatingTags } from '../../types/report'
import type { STATUS_LABEL as ServerStatusLabel } from '../../types/workorder'

export const CHINESE_MESSAGE: typeof ServerMessages = {
  INVALID_INPUT: '填写的内容有误，请检查后再试',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '您没有权限进行此操作',
  NOT_FOUND: '没有找到相关内容',
  CONFLICT: '内容已被他人更新，请刷新后再试',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  INTERNAL: '系统繁忙，请稍后再试',
}

export const NETWORK_MESSAGE = '网络不给力，请稍后再试'

export function isErrorCode(code: string): code is ErrorCode {
  return code in CHINESE_MESSAGE
}

export const RATING_TAGS: typeof ServerRatingTags = ['响应及时', '态度好', '处理彻底', '沟通清楚', '速度慢', '没解决']

export const STATUS_LABEL: typeof ServerStatusLabel = {
  submitted: '已提交',
  assigned: '待签收',
  acknowledged: '已签收',
  in_progress: '处理中',
  resolved: '已办结待确认',
  closed: '已完成',
  returned: '已退回待改派',
  cancelled: '已撤销',
  rejected: '已驳回',
}
