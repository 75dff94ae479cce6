/**
 * The contract's Chinese words, with no zod import: the client bundles these values directly
 * (importing a schema file would pull zod, ~450 KB, into the mini-program), and the schema files
 * re-export them typed against their enums.
 */
export const ERROR_MESSAGES = {
  INVALID_INPUT: '填写的内容有误，请检查后再试',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '您没有权限进行此操作',
  NOT_FOUND: '没有找到相关内容',
  CONFLICT: '内容已被他人更新，请刷新后再试',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  INTERNAL: '系统繁忙，请稍后再试',
} as const

export const STATUS_LABELS = {
  held: '审核中',
  assigned: '待签收',
  acknowledged: '已签收',
  in_progress: '处理中',
  resolved: '已办结待确认',
  closed: '已完成',
  returned: '已退回待改派',
  cancelled: '已撤销',
  rejected: '已驳回',
} as const

/** The same states in a resident's words: they wait for someone to take it (待受理), not to 签收. */
export const RESIDENT_STATUS_LABELS = {
  held: '待受理',
  assigned: '待受理',
  acknowledged: '处理中',
  in_progress: '处理中',
  resolved: '待确认',
  closed: '已完成',
  returned: '处理中',
  cancelled: '已撤销',
  rejected: '未受理',
} as const

/** tags that praise (offered for 4–5 stars) and tags that name a problem (offered for 1–3 stars) */
export const PRAISE_TAGS = ['响应及时', '态度好', '处理彻底', '沟通清楚'] as const
export const PROBLEM_TAGS = ['速度慢', '态度差', '处理不彻底', '没人联系'] as const
export const RATING_TAGS = [...PRAISE_TAGS, ...PROBLEM_TAGS] as const
/** the tags that fit a star count: praise for 4–5, problems for 1–3, none before a star is chosen */
export const tagsForStars = (stars: number): readonly string[] =>
  stars >= 4 ? PRAISE_TAGS : stars >= 1 ? PROBLEM_TAGS : []
/** a rating in words, for the timeline: 5 非常满意 … 1 很不满意 */
export const STARS_WORDS = ['', '很不满意', '不满意', '一般', '满意', '非常满意'] as const

/** A rating's 满意度, as residents answer it. */
export const SATISFACTIONS = ['满意', '基本满意', '不满意'] as const
export type Satisfaction = (typeof SATISFACTIONS)[number]

/** The 满意度 the stars suggest until the resident picks one: ≥4 满意, 3 基本满意, ≤2 不满意. */
export const satisfactionForStars = (stars: number): Satisfaction =>
  stars >= 4 ? '满意' : stars === 3 ? '基本满意' : '不满意'

/** Who handles an order, as residents and staff read it (one word per handler kind). */
export const HANDLER_KIND_LABELS = {
  property: '物业',
  grid: '网格员',
  community: '社区',
  department: '职能部门',
} as const

/** Escalation rungs: handler → supervisor (网格长 / 物业经理) → community → street. */
export const ESCALATION_LABELS = ['经办人', '主管（网格长/物业经理）', '社区', '街道'] as const
/** The badge of an order escalated to that rung ('' at rung 0). */
export const ESCALATED_TO_LABELS = ['', '已升级至主管', '已升级至社区', '已升级至街道'] as const

/** Which deadline an order's `nextDeadline` is: the server decides (`OrderSummary.deadlineKind`). */
export const DEADLINE_KIND_LABELS = {
  acknowledge: '签收',
  resolve: '办结',
  auto_close: '自动确认',
  whistle_report: '部门报到',
} as const

/** How a person who deleted their account (注销) is shown wherever their orders keep history. */
export const DELETED_USER_NAME = '已注销用户'

/** The staff roles in words (and 居民, 系统), for the timeline, the staff lists and the invites. */
export const ROLE_LABEL: Record<
  | 'resident'
  | 'grid_worker'
  | 'grid_leader'
  | 'property_staff'
  | 'property_manager'
  | 'community_admin'
  | 'street_admin'
  | 'department_officer'
  | 'system',
  string
> = {
  resident: '居民',
  grid_worker: '网格员',
  grid_leader: '网格长',
  property_staff: '物业维修员',
  property_manager: '物业经理',
  community_admin: '社区管理员',
  street_admin: '街道管理员',
  department_officer: '部门专员',
  system: '系统',
}

/** The columns a roster (房屋/人口底册) must have, in any order; 小区 is optional (it tells same-named buildings apart). */
export const ROSTER_COLUMNS = ['楼栋', '单元', '房号', '姓名', '手机号'] as const
export const ROSTER_OPTIONAL_COLUMNS = ['小区'] as const
/** rows one import may hold */
export const ROSTER_MAX_ROWS = 5000
/** what a roster import did with a row */
export const ROSTER_ROW_STATUS_LABEL: Record<'taken' | 'refused' | 'unchanged', string> = {
  taken: '已导入',
  refused: '未导入',
  unchanged: '已有，未变',
}

/** 转派/吹哨 target groups (workorder.targets), the right ones first */
export const TARGET_GROUP_LABEL = {
  estate: '本小区物业',
  local: '本网格与社区',
  department: '职能部门',
  other: '其他单位',
} as const
