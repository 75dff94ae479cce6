/**
 * Ratings of a property company's service: the per-order rating's extended fields (report.rate) and
 * the quarterly survey (function `rating`). A company sees aggregates only, never who rated what.
 */
import * as z from 'zod/mini'
import { Quarter } from './board'
import { SATISFACTIONS } from './labels'

/** The survey's five questions, each answered 1–5. Data, shared by the client and the functions. */
export const SURVEY_QUESTIONS = [
  { key: 'attitude', text: '服务态度' },
  { key: 'repair', text: '维修及时' },
  { key: 'hygiene', text: '环境卫生' },
  { key: 'safety', text: '安全秩序' },
  { key: 'fees', text: '收费公开' },
] as const
export type SurveyKey = (typeof SURVEY_QUESTIONS)[number]['key']
export const SURVEY_KEYS = SURVEY_QUESTIONS.map((q) => q.key) as [SurveyKey, ...SurveyKey[]]

const Score = z.int().check(z.gte(1, '请选择1–5分'), z.lte(5, '请选择1–5分'))

/** The per-order rating's dimensions beyond stars (all optional, so older clients still work). */
export const Satisfaction = z.enum(SATISFACTIONS, { message: '满意度只能是满意、基本满意或不满意' })
export type Satisfaction = z.infer<typeof Satisfaction>
export const Resolved = z.enum(['yes', 'no'], { message: '是否解决只能是 yes 或 no' })
export const OrderRatingFields = z.object({
  overall: z.optional(Score),
  speed: z.optional(Score),
  attitude: z.optional(Score),
  resolved: z.optional(Resolved),
  satisfaction: z.optional(Satisfaction),
})
export type OrderRatingFields = z.infer<typeof OrderRatingFields>

/** rating.survey {} → the household's company this quarter, and whether it already answered. */
export const SurveyInput = z.strictObject({})
export const SurveyOutput = z.object({
  quarter: Quarter,
  companyId: z.string(),
  companyName: z.string(),
  questions: z.array(z.object({ key: z.string(), text: z.string() })),
  submitted: z.boolean(),
})
export type SurveyOutput = z.infer<typeof SurveyOutput>

const Answers = z.record(z.string(), Score).check(
  z.refine(
    (a) => SURVEY_KEYS.every((k) => k in a) && Object.keys(a).every((k) => SURVEY_KEYS.includes(k as SurveyKey)),
    {
      message: '请回答全部5个问题（服务态度、维修及时、环境卫生、安全秩序、收费公开）',
    },
  ),
)

export const SubmitSurveyInput = z.object({
  requestId: z.string().check(z.minLength(8, 'requestId 至少8位'), z.maxLength(64)),
  quarter: Quarter,
  answers: Answers,
  comment: z.optional(z.string().check(z.trim(), z.maxLength(200, '留言最多200字'))),
  /** the client's device fingerprint (anti-gaming: bursts from one device) */
  deviceId: z.optional(z.string().check(z.trim(), z.maxLength(128))),
})
export type SubmitSurveyInput = z.infer<typeof SubmitSurveyInput>
export const SubmitSurveyOutput = z.object({
  quarter: Quarter,
  companyId: z.string(),
  /** true when this replaced the household's earlier answer this quarter */
  replaced: z.boolean(),
  /** held for the street's review (anti-gaming); it counts only once accepted */
  held: z.boolean(),
})

/** rating.held { quarter } (street): responses held by the anti-gaming checks. */
export const HeldInput = z.object({ quarter: Quarter })
/** rating.review (street): accept or discard held responses. */
export const ReviewHeldInput = z.object({
  ids: z
    .array(z.string().check(z.regex(/^sv_[\w-]{1,77}$/, '问卷编号格式不对')))
    .check(z.minLength(1, '请选择要处理的问卷'), z.maxLength(200)),
  decision: z.enum(['accept', 'discard'], { message: '处理结果只能是 accept 或 discard' }),
})

/** A stored survey response (collection `survey_responses`), id = `${quarter}:${householdKey}`. */
export interface SurveyResponseDoc {
  _id: string
  _v: number
  quarter: string
  streetId: string
  companyId: string
  estateId: string
  householdId: string
  userId: string
  answers: Record<string, number>
  /** mean of the answers, 1–5 */
  mean: number
  /** mean ≥ 3.5: a satisfied household on the board */
  satisfied: boolean
  comment: string
  clientIp: string
  device: string
  status: 'counted' | 'held' | 'discarded'
  holdReason: string
  submittedAt: string
  replacedCount: number
  /** the submission's requestId: a retry of it changes nothing */
  requestId?: string
}

/** A held response as the street reviews it: the answers and why it was held, never who sent it. */
export const HeldResponseView = z.object({
  id: z.string(),
  companyId: z.string(),
  companyName: z.string(),
  answers: z.record(z.string(), z.number()),
  comment: z.string(),
  holdReason: z.string(),
  submittedAt: z.string(),
})
export type HeldResponseView = z.infer<typeof HeldResponseView>
