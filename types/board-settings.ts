/**
 * The street's settings of the quarterly 物业红黑榜: the four weights (total 100), the minimum sample,
 * the Bayesian prior weight, the homes per unit, and the publicity and rectification periods. Stored
 * as `settings/board:<streetId>` (field `board`); `board.settings` reads them and `board.saveSettings`
 * replaces them (street admin, audited). Each field is checked once, here, for both the stored
 * document and the admin's edit, so whatever a save accepts the board reads back as saved.
 */
import * as z from 'zod/mini'

export const WEIGHT_KEYS = ['residents', 'efficiency', 'checklist', 'intensity'] as const
export type WeightKey = (typeof WEIGHT_KEYS)[number]

const weightSum = (w: Record<WeightKey, number>) => WEIGHT_KEYS.reduce((s, k) => s + w[k], 0)
/** exactly 100, whatever floating point makes of 33.3 + 33.3 + 33.4 */
export const weightsTotal100 = (w: Record<WeightKey, number>) => Math.abs(weightSum(w) - 100) < 1e-9

const Weight = z.number('请填数字').check(z.gte(0, '权重不能为负'), z.lte(100, '权重不能超过100'))
export const BoardWeights = z
  .object({ residents: Weight, efficiency: Weight, checklist: Weight, intensity: Weight })
  .check(z.refine(weightsTotal100, { message: '四项权重之和必须为100' }))
export type BoardWeights = z.infer<typeof BoardWeights>
export const DEFAULT_WEIGHTS: BoardWeights = { residents: 40, efficiency: 30, checklist: 20, intensity: 10 }

const whole = (min: number, max: number) =>
  z.int('请填整数').check(z.gte(min, `不能小于${min}`), z.lte(max, `不能大于${max}`))

/** The settings other than the weights, each with its check and its default. */
const FIELDS = {
  minRatings: { schema: whole(1, 10_000), default: 30 },
  minSurveyHouseholds: { schema: whole(1, 10_000), default: 20 },
  /** Bayesian prior weight (m) */
  priorWeight: { schema: z.number('请填数字').check(z.gte(0, '不能小于0'), z.lte(1000, '不能大于1000')), default: 20 },
  /** homes per unit when counting an estate's households (no household register exists) */
  homesPerUnit: { schema: whole(1, 500), default: 24 },
  /** publicity length */
  publicityWorkingDays: { schema: whole(1, 30), default: 5 },
  /** working days the community has for a black entry's 约谈/整改 */
  rectifyWorkingDays: { schema: whole(1, 60), default: 10 },
} as const
export type BoardSettingKey = keyof typeof FIELDS
/** the settings other than the weights, in the order the page shows them */
export const SETTING_KEYS = Object.keys(FIELDS) as BoardSettingKey[]

/** The settings in force: defaults where the street set nothing. */
export const BoardSettings = z.object({
  weights: z._default(BoardWeights, DEFAULT_WEIGHTS),
  minRatings: z._default(FIELDS.minRatings.schema, FIELDS.minRatings.default),
  minSurveyHouseholds: z._default(FIELDS.minSurveyHouseholds.schema, FIELDS.minSurveyHouseholds.default),
  priorWeight: z._default(FIELDS.priorWeight.schema, FIELDS.priorWeight.default),
  homesPerUnit: z._default(FIELDS.homesPerUnit.schema, FIELDS.homesPerUnit.default),
  publicityWorkingDays: z._default(FIELDS.publicityWorkingDays.schema, FIELDS.publicityWorkingDays.default),
  rectifyWorkingDays: z._default(FIELDS.rectifyWorkingDays.schema, FIELDS.rectifyWorkingDays.default),
})
export type BoardSettings = z.infer<typeof BoardSettings>

/** What an admin saves: every setting, nothing defaulted (the page shows what is in force). */
export const BoardSettingsDraft = z.object({
  weights: BoardWeights,
  minRatings: FIELDS.minRatings.schema,
  minSurveyHouseholds: FIELDS.minSurveyHouseholds.schema,
  priorWeight: FIELDS.priorWeight.schema,
  homesPerUnit: FIELDS.homesPerUnit.schema,
  publicityWorkingDays: FIELDS.publicityWorkingDays.schema,
  rectifyWorkingDays: FIELDS.rectifyWorkingDays.schema,
})

export const BoardSettingsInput = z.object({})
export const SaveBoardSettingsInput = z.object({
  settings: BoardSettingsDraft,
  /** the version the admin edited; absent only while the street has saved none */
  expectedVersion: z.optional(z.int().check(z.positive())),
})
export type SaveBoardSettingsInput = z.infer<typeof SaveBoardSettingsInput>
export const BoardSettingsOutput = z.object({
  /** in force for the admin's street */
  settings: BoardSettingsDraft,
  defaults: BoardSettingsDraft,
  /** null while the street has saved none (the defaults apply) */
  version: z.nullable(z.int()),
})
export type BoardSettingsOutput = z.infer<typeof BoardSettingsOutput>

/** How the admin page names and explains each weight (the table). */
export const WEIGHT_TEXT: Record<WeightKey, { label: string; explain: string }> = {
  residents: { label: '居民评价', explain: '季度问卷和工单评价的满意率；样本少的公司向全街道平均值靠拢' },
  efficiency: { label: '工单效能', explain: '按时签收率、按时办结率和（1 − 重办率）的平均' },
  checklist: { label: '社区考评', explain: '社区每季度对物业的考评（4项，满分100）' },
  intensity: { label: '诉求强度', explain: '每千户工单数，越少得分越高' },
}

/** How the admin page names and explains the other settings, with their unit. */
export const SETTING_TEXT: Record<BoardSettingKey, { label: string; unit: string; explain: string }> = {
  minRatings: { label: '最少工单评价', unit: '条', explain: '季度内工单评价少于此数，显示“样本不足”，不参与排名' },
  minSurveyHouseholds: {
    label: '最少问卷户数',
    unit: '户',
    explain: '季度问卷的有效住户少于此数，同样显示“样本不足”',
  },
  priorWeight: {
    label: '满意率收缩强度 m',
    unit: '',
    explain: '相当于先按全街道平均满意率记 m 份评价；m 越大，样本少的公司越靠近平均值，0 表示不收缩',
  },
  homesPerUnit: { label: '每个单元按几户计', unit: '户', explain: '暂无住户底册时，用来估算每千户工单数' },
  publicityWorkingDays: { label: '公示期', unit: '个工作日', explain: '进入公示后，物业公司可在此期间申诉' },
  rectifyWorkingDays: {
    label: '整改期限',
    unit: '个工作日',
    explain: '正式发布后，黑榜公司的约谈和整改任务须在此期限内完成',
  },
}
