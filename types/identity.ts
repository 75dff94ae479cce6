import * as z from 'zod/mini'

/** Every role a caller can hold. A resident has no scope; staff roles are scoped to an org or place. */
export const Role = z.enum([
  'resident',
  'grid_worker', // 网格员 of one grid
  'grid_leader', // 网格长 of a community's grids
  'property_staff', // 物业员工 of one company
  'property_manager', // 物业经理 of one company
  'community_admin', // 社区管理员 of one community
  'street_admin', // 街道管理员
  'department_officer', // 职能部门 officer
  'system', // scheduled jobs (timer triggers, the local sweep)
])
export type Role = z.infer<typeof Role>

export const STAFF_ROLES = [
  'grid_worker',
  'grid_leader',
  'property_staff',
  'property_manager',
  'community_admin',
  'street_admin',
  'department_officer',
] as const satisfies readonly Role[]

/** One scope a staff member acts in: a role plus the id of the org or place it covers. */
export const Scope = z.object({
  role: Role,
  /** grid id, property company id, community id, street id or department id, by role */
  orgId: z.string().check(z.minLength(1)),
  /**
   * frontline staff: 在岗 (true) or 休息 (false), mirrored from the membership in the same transaction
   * (_services/rosters.ts setOnDuty), so the inbox needs no membership read; absent = on duty, as a
   * membership starts
   */
  onDuty: z.optional(z.boolean()),
})
export type Scope = z.infer<typeof Scope>

/** A resident's bound address in the jurisdiction tree. */
export const BoundAddress = z.object({
  streetId: z.string(),
  communityId: z.string(),
  gridId: z.string(),
  estateId: z.string(),
  buildingId: z.string(),
  unit: z.optional(z.string()),
  room: z.optional(z.string()),
  /** a readable line such as "博泰佳苑 3号楼 2单元 501" */
  label: z.string(),
})
export type BoundAddress = z.infer<typeof BoundAddress>

export const User = z.object({
  _id: z.string(),
  kind: z.enum(['resident', 'staff']),
  name: z.string(),
  /** stored in full; shown masked unless the viewer may see it */
  phone: z.optional(z.string()),
  openid: z.optional(z.string()),
  /** dev persona key, local runtime only */
  persona: z.optional(z.string()),
  scopes: z.array(Scope),
  /** the current household's address (null once the last house is unbound) */
  address: z.nullish(BoundAddress),
  /** whether the current household is verified (see _services/households) */
  householdVerified: z.optional(z.boolean()),
  title: z.optional(z.string()),
  /** deactivated: every call with this user's token is refused */
  disabled: z.optional(z.boolean()),
  /** deleted (注销) at this ISO time: every call with this user's token is refused */
  deletedAt: z.optional(z.string()),
  /** 民生集市: online booking frozen until this ISO time (3 no-shows in 90 days) */
  marketFrozenUntil: z.nullish(z.string()),
  /** 重复诉求: this reporter's recent closures, place|category → closed at (kept 30 days) */
  recentClosures: z.optional(z.record(z.string(), z.string())),
  /** 消息: when the person last opened their message box (ISO); newer messages are unread */
  messagesReadAt: z.nullish(z.string()),
})
export type User = z.infer<typeof User>

/** Who is calling an action. */
export const Caller = z.object({
  userId: z.string(),
  name: z.string(),
  kind: z.enum(['resident', 'staff', 'system']),
  roles: z.array(Role),
  scopes: z.array(Scope),
  /** the caller's WeChat openid, from the identity adapter (CloudBase); content checks need it */
  openid: z.optional(z.string()),
  /** from the user record the identity adapter read, so an action needs not read it again */
  phone: z.optional(z.string()),
  address: z.optional(BoundAddress),
  householdVerified: z.optional(z.boolean()),
  /** a staff member's job title, shown on 我的 */
  title: z.optional(z.string()),
  /** 民生集市: online booking frozen until then (from the user record) */
  marketFrozenUntil: z.optional(z.string()),
  /** from the user record: recent closures, for 重复诉求 (see _core/kpis/repeat.ts) */
  recentClosures: z.optional(z.record(z.string(), z.string())),
  /** from the user record: when the message box was last opened */
  messagesReadAt: z.optional(z.string()),
})
export type Caller = z.infer<typeof Caller>

export const Persona = z.object({
  key: z.string(),
  name: z.string(),
  title: z.string(),
  kind: z.enum(['resident', 'staff']),
  roles: z.array(Role),
})
export type Persona = z.infer<typeof Persona>

export const DevLoginInput = z.object({ persona: z.string().check(z.minLength(1), z.maxLength(64)) })
export const DevLoginOutput = z.object({ token: z.string(), user: User })
export const MeOutput = z.object({ user: User, address: z.nullable(BoundAddress) })
