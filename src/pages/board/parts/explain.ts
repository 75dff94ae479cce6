/**
 * The board in plain words for residents: each part of a company's score as a sentence with the
 * numbers behind it. Pure and zod-free (the main package bundles it).
 */
import type { BoardItem } from '../../../../types/board'

const pct = (r: number | null) => (r === null ? null : `${Math.round(r * 100)}%`)
const pts = (n: number) => `${Math.round(n * 10) / 10}分`

export interface Line {
  key: string
  title: string
  points: string
  text: string
}

export function explain(item: BoardItem): Line[] {
  const b = item.breakdown
  const s = item.sample
  const satisfied = pct(b.satisfaction)
  const ack = pct(b.onTimeAcknowledge)
  const fix = pct(b.onTimeResolve)
  const reopen = pct(b.reopenRate)
  return [
    {
      key: 'residents',
      title: '居民评价',
      points: pts(b.residents),
      text: satisfied
        ? `约${satisfied}的居民表示满意（报事评价${s.ratings}条，季度问卷${s.surveyHouseholds}户）`
        : `还没有居民评价（报事评价${s.ratings}条，季度问卷${s.surveyHouseholds}户）`,
    },
    {
      key: 'efficiency',
      title: '处理报事',
      points: pts(b.efficiency),
      text:
        ack || fix
          ? `${s.orders}件报事：按时接单${ack ?? '—'}，按时办完${fix ?? '—'}${reopen ? `，返工${reopen}` : ''}`
          : `本季度${s.orders}件报事，暂无可计算的处理时效`,
    },
    {
      key: 'checklist',
      title: '社区考评',
      points: pts(b.checklist),
      text: b.checklistScore === null ? '社区本季度未打分' : `社区检查打分${Math.round(b.checklistScore)}分（满分100）`,
    },
    {
      key: 'intensity',
      title: '投诉多少',
      points: pts(b.intensity),
      text:
        b.ordersPerThousand === null
          ? '服务户数不详'
          : `每千户报事约${Math.round(b.ordersPerThousand)}件（服务约${s.households}户），越少得分越高`,
    },
  ]
}

/** why a company is where it is, in one sentence */
export function verdict(item: BoardItem): string {
  if (item.veto) return `一票否决：${item.veto}，无论得分多少都列入黑榜`
  if (item.list === 'insufficient')
    return `评价人数太少（报事评价${item.sample.ratings}条、问卷${item.sample.surveyHouseholds}户），为公平起见暂不排名`
  if (item.list === 'red') return `评为${item.grade}级，得分${pts(item.score)}，列入红榜`
  if (item.list === 'black') return `评为${item.grade}级，得分${pts(item.score)}，列入黑榜，须限期整改`
  return `评为${item.grade}级，得分${pts(item.score)}`
}
