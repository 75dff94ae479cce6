import * as z from 'zod/mini'

/** The five groups residents see on the home page, in this order. */
export const CategoryGroup = z.enum(['公共设施', '环境卫生', '安全隐患', '矛盾纠纷', '物业服务'])
export type CategoryGroup = z.infer<typeof CategoryGroup>

/** Who handles an order: a property company, a grid (worker), a community, or a street department. */
export const HandlerKind = z.enum(['property', 'grid', 'community', 'department'])
export type HandlerKind = z.infer<typeof HandlerKind>

/** The entry the resident tapped: 报物业 or 报网格员. */
export const Channel = z.enum(['property', 'grid'])
export type Channel = z.infer<typeof Channel>

export const CategoryCode = z.string().check(z.regex(/^[a-z][a-z0-9_]{1,39}$/, '类别编码格式有误'))

/** One entry of the category catalogue (FixMyStreet's Category). Deadlines are hours. */
export const Category = z.object({
  code: CategoryCode,
  name: z.string().check(z.minLength(1), z.maxLength(20)),
  group: CategoryGroup,
  defaultHandler: HandlerKind,
  /** for defaultHandler 'department': which department */
  departmentId: z.optional(z.string()),
  /** shown before submit, e.g. 燃气泄漏 → 请立即撤离并拨打119或燃气公司抢修电话 */
  emergencyHint: z.optional(z.string()),
  /** numbers to call at once, shown as tap-to-call buttons beside the hint, e.g. 119 and the gas company's */
  emergencyCalls: z.optional(
    z
      .array(
        z.object({
          label: z.string().check(z.trim(), z.minLength(1), z.maxLength(12)),
          phone: z.string().check(z.trim(), z.regex(/^[0-9-]{3,20}$/, '电话只填数字和“-”')),
        }),
      )
      .check(z.maxLength(4)),
  ),
  /** urgent categories count calendar hours; others count working hours */
  urgent: z.boolean(),
  acknowledgeHours: z.number().check(z.positive()),
  resolveHours: z.number().check(z.positive()),
  /** 办结 needs an after-photo */
  afterPhotoRequired: z.boolean(),
  /** a short icon text or emoji for the grid */
  icon: z.string().check(z.maxLength(8)),
  sort: z.int(),
  active: z.boolean(),
})
export type Category = z.infer<typeof Category>

/** What `report.categories` returns for each category. */
export const CategoryView = z.pick(Category, {
  code: true,
  name: true,
  group: true,
  defaultHandler: true,
  emergencyHint: true,
  emergencyCalls: true,
  urgent: true,
  afterPhotoRequired: true,
  icon: true,
})
export type CategoryView = z.infer<typeof CategoryView>

/**
 * The caller's home as the report form needs it: in an estate with no property company (无物业小区)
 * there is no 报物业; reports go to the community's grid worker. Null without a bound address.
 */
export const ReportHome = z.object({ estateName: z.string(), hasProperty: z.boolean() })
export type ReportHome = z.infer<typeof ReportHome>

/** `report.categories`: the catalogue, and the caller's home so the form promises what really happens. */
export const CategoriesOutput = z.object({
  items: z.array(CategoryView),
  home: z.nullable(ReportHome),
  /** the street's most reported categories (codes, most first): 长辈模式's big tiles */
  popular: z.optional(z.array(CategoryCode)),
})
export type CategoriesOutput = z.infer<typeof CategoriesOutput>

/**
 * A routing rule, as data. The most specific matching rule wins (estate over category default),
 * then the highest priority. `null` matches anything.
 */
export const RoutingRule = z.object({
  id: z.string().check(z.minLength(1)),
  categoryCode: z.nullable(CategoryCode),
  estateId: z.nullable(z.string()),
  handler: HandlerKind,
  /** a fixed org (e.g. a department); otherwise the place's own property company / grid / community */
  orgId: z.nullable(z.string()),
  priority: z.int(),
  /** why, in Chinese, e.g. '楼道灯属物业服务范围' */
  reason: z.string().check(z.minLength(1)),
  active: z.boolean(),
})
export type RoutingRule = z.infer<typeof RoutingRule>

/** Office hours for working-time deadlines, in China time (UTC+8). */
export const OfficeHours = z.object({
  start: z.string().check(z.regex(/^\d{2}:\d{2}$/)),
  end: z.string().check(z.regex(/^\d{2}:\d{2}$/)),
})
export type OfficeHours = z.infer<typeof OfficeHours>
export const DEFAULT_OFFICE_HOURS: OfficeHours = { start: '08:30', end: '17:30' }
