/**
 * 督办考核: the contract of the `supervision` function (KPIs of a scope over a period, 问题工单, the
 * Excel export) and the KPI facts the workflow writes for it.
 *
 * Every KPI is a ratio with an exact denominator (see KPI_DEFINITIONS); an empty denominator is null
 * (shown as —), never 0 or 100%. Dates are China-local calendar days, `from` and `to` inclusive.
 */
import * as z from 'zod/mini'

/** The levels a dashboard looks at: 街道, 社区, 网格, 物业公司, 职能部门. */
export const SCOPE_KINDS = ['street', 'community', 'grid', 'company', 'department'] as const
export const ScopeKind = z.enum(SCOPE_KINDS)
export type ScopeKind = z.infer<typeof ScopeKind>

export const SCOPE_KIND_LABEL: Record<ScopeKind, string> = {
  street: '街道',
  community: '社区',
  grid: '网格',
  company: '物业公司',
  department: '职能部门',
}

export const SupervisionScope = z.object({
  kind: ScopeKind,
  id: z.string().check(z.trim(), z.minLength(1, '缺少范围编号'), z.maxLength(64)),
})
export type SupervisionScope = z.infer<typeof SupervisionScope>

/** A China-local calendar day, YYYY-MM-DD. */
export const Day = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD，如 2026-07-01'),
  z.refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`)
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d
  }, '没有这一天，请检查日期'),
)

/** At most this many days in one query (a year and a bit: four quarters side by side). */
export const MAX_PERIOD_DAYS = 400

const Period = z.object({ scope: SupervisionScope, from: Day, to: Day }).check(
  z.refine((p) => p.from <= p.to, { message: '开始日期不能晚于结束日期', path: ['to'] }),
  z.refine((p) => (Date.parse(p.to) - Date.parse(p.from)) / 86_400_000 < MAX_PERIOD_DAYS, {
    message: `查询范围最长${MAX_PERIOD_DAYS}天`,
    path: ['to'],
  }),
)

export const KPI_KEYS = [
  'onTimeAcknowledgeRate',
  'onTimeResolveRate',
  'followUpRate',
  'satisfactionRate',
  'resolutionRate',
  'reopenRate',
  'repeatRate',
  'returnRate',
] as const
export type KpiKey = (typeof KPI_KEYS)[number]

export const KPI_LABEL: Record<KpiKey, string> = {
  onTimeAcknowledgeRate: '按时签收率',
  onTimeResolveRate: '按时办结率',
  followUpRate: '回访率',
  satisfactionRate: '满意率',
  resolutionRate: '解决率',
  reopenRate: '重办率',
  repeatRate: '重复诉求率',
  returnRate: '退回率',
}

/** What each KPI divides, in the words the dashboard shows under the card. */
export const KPI_DEFINITION: Record<KpiKey, string> = {
  onTimeAcknowledgeRate: '按时签收的工单 ÷ 签收时限落在期间内的工单',
  onTimeResolveRate: '按时办结的工单 ÷ 办结时限落在期间内的工单',
  followUpRate: '已评价的工单 ÷ 期间内办结关闭的工单',
  satisfactionRate: '（满意 + 基本满意）÷ 期间内的有效评价',
  resolutionRate: '评价为已解决 ÷ 期间内的有效评价',
  reopenRate: '至少重办一次的工单 ÷ 期间内办结关闭的工单',
  repeatRate: '同一居民、同一地点、同一类别在上次办结后30天内再报 ÷ 期间内的工单',
  returnRate: '以非本单位职责退回 ÷ 期间内的派单',
}

/** null: the denominator is empty (shown as —). */
export const Rate = z.nullable(z.number().check(z.gte(0), z.lte(1)))

export const Kpis = z.object(Object.fromEntries(KPI_KEYS.map((k) => [k, Rate])) as Record<KpiKey, typeof Rate>)
export type Kpis = z.infer<typeof Kpis>

/** Numerators and denominators behind the rates, so every figure can be checked. */
export const KpiCounts = z.object({
  /** orders created in the period (the 重复诉求 denominator) */
  orders: z.int(),
  repeats: z.int(),
  acknowledgeDue: z.int(),
  acknowledgedOnTime: z.int(),
  resolveDue: z.int(),
  resolvedOnTime: z.int(),
  closed: z.int(),
  rated: z.int(),
  reopened: z.int(),
  ratings: z.int(),
  satisfied: z.int(),
  /** ratings that said whether the problem was solved (the 解决率 denominator) */
  resolvedAnswered: z.int(),
  resolvedYes: z.int(),
  dispatched: z.int(),
  returned: z.int(),
})
export type KpiCounts = z.infer<typeof KpiCounts>

export const OrgKpis = z.object({
  orgId: z.string(),
  orgName: z.string(),
  kind: ScopeKind,
  kpis: Kpis,
  counts: KpiCounts,
})
export type OrgKpis = z.infer<typeof OrgKpis>

export const TrendPoint = z.object({
  /** the first day of the month, YYYY-MM-01 */
  month: z.string(),
  kpis: Kpis,
  counts: KpiCounts,
})
export type TrendPoint = z.infer<typeof TrendPoint>

export const KpisInput = Period
export type KpisInput = z.infer<typeof KpisInput>

export const KpisOutput = z.object({
  scope: z.extend(SupervisionScope, { name: z.string() }),
  from: z.string(),
  to: z.string(),
  kpis: Kpis,
  counts: KpiCounts,
  /** one row per org one level below the scope (street → communities, companies, departments; community → grids) */
  byOrg: z.array(OrgKpis),
  /** one point per calendar month touched by the period */
  trend: z.array(TrendPoint),
})
export type KpisOutput = z.infer<typeof KpisOutput>

/** 问题工单: reopened or transferred at least this many times. */
export const PROBLEM_THRESHOLD = 3

export const ProblemsInput = z.object({ scope: SupervisionScope })
export type ProblemsInput = z.infer<typeof ProblemsInput>

export const ProblemOrder = z.object({
  orderId: z.string(),
  number: z.string(),
  categoryName: z.string(),
  addressLabel: z.string(),
  status: z.string(),
  handlerOrgName: z.string(),
  reopenCount: z.int(),
  transferCount: z.int(),
  /** 重办3次以上 / 转派3次以上 */
  reasons: z.array(z.string()),
  createdAt: z.string(),
})
export type ProblemOrder = z.infer<typeof ProblemOrder>

export const ProblemsOutput = z.object({ items: z.array(ProblemOrder) })
export type ProblemsOutput = z.infer<typeof ProblemsOutput>

export const ExportInput = Period
export type ExportInput = z.infer<typeof ExportInput>
export const ExportOutput = z.object({ fileId: z.string(), fileName: z.string() })
export type ExportOutput = z.infer<typeof ExportOutput>

export type { Satisfaction } from './labels'
