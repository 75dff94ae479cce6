/**
 * The quarterly 物业红黑榜 (function `board`): a quarter's scored list of property companies through
 * draft → publicity (appeals) → final, with vetoes, the community checklist and the weights.
 */
import * as z from 'zod/mini'

/** A quarter id such as '2026-Q3'. */
export const Quarter = z.string().check(z.regex(/^20\d\d-Q[1-4]$/, '季度格式应为 2026-Q3'))
export type Quarter = z.infer<typeof Quarter>

export const STAGES = ['draft', 'publicity', 'final'] as const
export const Stage = z.enum(STAGES, { message: '阶段只能是 draft、publicity 或 final' })
export type Stage = z.infer<typeof Stage>
export const STAGE_LABEL: Record<Stage, string> = { draft: '草稿', publicity: '公示中', final: '正式发布' }

export const GRADES = ['AAA', 'AA', 'A', 'B', 'C'] as const
export type Grade = (typeof GRADES)[number]
export const LISTS = ['red', 'black', 'none', 'insufficient'] as const
export type ListKind = (typeof LISTS)[number]
export const LIST_LABEL: Record<ListKind, string> = { red: '红榜', black: '黑榜', none: '—', insufficient: '样本不足' }

/** The street's board settings (weights total 100, minimum sample, …): see board-settings.ts. */
export { BoardSettings, BoardWeights, DEFAULT_WEIGHTS } from './board-settings'

/** Each component's points (already weighted) and the raw rates behind them. */
export const Breakdown = z.object({
  residents: z.number(),
  efficiency: z.number(),
  checklist: z.number(),
  intensity: z.number(),
  /** raw figures: satisfied share (shrunk), on-time rates, reopen rate, orders per 1,000 households */
  satisfaction: z.nullable(z.number()),
  onTimeAcknowledge: z.nullable(z.number()),
  onTimeResolve: z.nullable(z.number()),
  reopenRate: z.nullable(z.number()),
  ordersPerThousand: z.nullable(z.number()),
  checklistScore: z.nullable(z.number()),
  wilson: z.number(),
})
export type Breakdown = z.infer<typeof Breakdown>
export const Sample = z.object({
  ratings: z.int(),
  surveyHouseholds: z.int(),
  orders: z.int(),
  households: z.int(),
  discarded: z.int(),
})
export type Sample = z.infer<typeof Sample>

export const BoardItem = z.object({
  companyId: z.string(),
  companyName: z.string(),
  score: z.number(),
  grade: z.enum(GRADES),
  list: z.enum(LISTS),
  /** null when not ranked (样本不足) */
  rank: z.nullable(z.int()),
  breakdown: Breakdown,
  sample: Sample,
  veto: z.nullable(z.string()),
  /** two black quarters in a row: flagged for referral */
  referral: z.boolean(),
})
export type BoardItem = z.infer<typeof BoardItem>

export const APPEAL_STATUSES = ['pending', 'upheld', 'rejected'] as const
export const AppealView = z.object({
  id: z.string(),
  companyId: z.string(),
  companyName: z.string(),
  reason: z.string(),
  evidence: z.array(z.string()),
  status: z.enum(APPEAL_STATUSES),
  decision: z.nullable(z.string()),
  createdAt: z.string(),
  decidedAt: z.nullable(z.string()),
})
export type AppealView = z.infer<typeof AppealView>

const Reason = (what: string) =>
  z.string().check(z.trim(), z.minLength(4, `请写明${what}（至少4个字）`), z.maxLength(500, `${what}最多500字`))
const Evidence = z
  .array(z.string().check(z.trim(), z.minLength(1), z.maxLength(300)))
  .check(z.minLength(1, '请提供至少一项证据'), z.maxLength(9, '证据最多9项'))

export const QuarterInput = z.object({ quarter: z.optional(Quarter) })
export const QuarterOutput = z.object({
  quarter: Quarter,
  stage: Stage,
  publicityEndsAt: z.nullable(z.string()),
  items: z.array(BoardItem),
  /** survey responses the street discarded (anti-gaming) */
  discarded: z.int(),
  appeals: z.array(AppealView),
})
export type QuarterOutput = z.infer<typeof QuarterOutput>
export const ComputeInput = z.object({ quarter: Quarter })
export const PublishInput = z.object({
  quarter: Quarter,
  stage: z.enum(['publicity', 'final'], { message: '只能发布为 publicity（公示）或 final（正式）' }),
})
export const AppealInput = z.object({ quarter: Quarter, reason: Reason('申诉理由'), evidence: Evidence })
export const DecideAppealInput = z.object({
  id: z.string().check(z.trim(), z.minLength(1, '缺少申诉编号'), z.maxLength(100)),
  decision: z.enum(['upheld', 'rejected'], { message: '处理结果只能是 upheld（支持）或 rejected（驳回）' }),
  note: Reason('处理意见'),
  /** when upheld: the corrected checklist score, or lift the veto */
  liftVeto: z.optional(z.boolean()),
})
export const VETO_KINDS = ['safety_incident', 'illegal_charging', 'yellow_cards'] as const
export const VETO_LABEL: Record<(typeof VETO_KINDS)[number], string> = {
  safety_incident: '重大安全事故',
  illegal_charging: '违规收费',
  yellow_cards: '三张黄牌未整改',
}
export const VetoInput = z.object({
  quarter: Quarter,
  companyId: z.string().check(z.trim(), z.minLength(1, '缺少物业公司'), z.maxLength(64)),
  kind: z.enum(VETO_KINDS, { message: '否决事由只能是安全事故、违规收费或三张黄牌未整改' }),
  note: Reason('否决说明'),
  evidence: Evidence,
})
export const CHECKLIST_ITEMS = [
  { key: 'contract', text: '合同履约', max: 25 },
  { key: 'facilities', text: '设施维护', max: 25 },
  { key: 'cooperation', text: '配合社区工作', max: 25 },
  { key: 'complaints', text: '投诉处理', max: 25 },
] as const
export const ChecklistInput = z.object({
  quarter: Quarter,
  companyId: z.string().check(z.trim(), z.minLength(1, '缺少物业公司'), z.maxLength(64)),
  scores: z
    .record(z.string(), z.number().check(z.gte(0, '分数不能为负'), z.lte(25, '每项最多25分')))
    .check(
      z.refine(
        (s) =>
          CHECKLIST_ITEMS.every((i) => i.key in s) &&
          Object.keys(s).every((k) => CHECKLIST_ITEMS.some((i) => i.key === k)),
        { message: '请为全部4项打分（合同履约、设施维护、配合社区工作、投诉处理）' },
      ),
    ),
  note: z.optional(z.string().check(z.trim(), z.maxLength(300))),
})

/** board.tasks { quarter? }: the 约谈/整改 tasks black entries set (street: all; community: its own). */
export const TasksInput = z.object({ quarter: z.optional(Quarter) })
export const BoardTaskView = z.object({
  id: z.string(),
  quarter: Quarter,
  communityId: z.string(),
  companyId: z.string(),
  companyName: z.string(),
  reason: z.string(),
  /** two black quarters in a row: to be referred to the housing authority */
  referral: z.boolean(),
  dueAt: z.string(),
  status: z.string(),
})
export type BoardTaskView = z.infer<typeof BoardTaskView>

/** What a write answers: the board's stage after it (and the appeal or record it made). */
export const BoardWriteOutput = z.object({ quarter: Quarter, stage: z.nullable(Stage), id: z.optional(z.string()) })
