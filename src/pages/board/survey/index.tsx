/**
 * 物业季度评价: five questions on 1–5 stars for the company serving the resident's estate, and a
 * comment. One answer per household per quarter; answering again replaces the earlier one.
 */
import { Text, Textarea, View } from '@tarojs/components'
import { nanoid } from 'nanoid/non-secure'
import { useMemo, useState } from 'react'
import type { SubmitSurveyInput, SurveyOutput } from '../../../../types/rating'
import { call, getUser, toApiError } from '../../../api'
import { Btn, ErrorBox, Loading, PageShell, Stars } from '../../../components'
import { quarterLabel } from '../../../lib/quarters'
import { go, ROUTES } from '../../../lib/routes'
import { useLoad } from '../../../lib/use-load'
import { GateMessage, gateOf } from './gate'
import './index.scss'

interface Outcome {
  replaced: boolean
  held: boolean
}

export default function SurveyPage() {
  const user = useMemo(() => getUser(), [])
  const gate = gateOf(user)
  const survey = useLoad(() => call<SurveyOutput>('rating', 'survey', {}), [], { skip: gate !== 'ok' })
  const [answers, setAnswers] = useState<Record<string, number>>({})
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const requestId = useMemo(() => nanoid(16), [])

  if (gate !== 'ok') {
    return (
      <PageShell title="物业季度评价" className="survey-page">
        <GateMessage gate={gate} user={user} />
      </PageShell>
    )
  }
  const data = survey.data
  const missing = data ? data.questions.filter((q) => !answers[q.key]).length : 0

  const submit = async () => {
    if (!data) return
    if (missing) {
      setError(`还有${missing}个问题没有打分`)
      return
    }
    setBusy(true)
    setError(null)
    try {
      const input: SubmitSurveyInput = {
        requestId,
        quarter: data.quarter,
        answers,
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      }
      setOutcome(await call<Outcome>('rating', 'submitSurvey', input))
    } catch (e) {
      setError(toApiError(e).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <PageShell title="物业季度评价" className="survey-page">
      {survey.loading ? <Loading /> : null}
      {survey.error ? <ErrorBox error={survey.error} onRetry={survey.reload} /> : null}
      {data && outcome ? (
        <View className="card survey-done">
          <Text className="block survey-done-title">{outcome.replaced ? '已更新您的评价' : '感谢您的评价'}</Text>
          <Text className="block muted survey-done-text">
            {outcome.held
              ? '您的评价已收到，按规定需街道复核后计入。'
              : `已计入${data.companyName}${quarterLabel(data.quarter)}的得分。`}
            本季度内再次提交将替换这次的评价，不会重复计算。
          </Text>
          <Btn kind="primary" block className="survey-to-board" onClick={() => go(ROUTES.board)}>
            看物业红黑榜
          </Btn>
        </View>
      ) : null}
      {data && !outcome ? (
        <>
          <View className="card survey-head">
            <Text className="block survey-company">{data.companyName}</Text>
            <Text className="block muted">
              {quarterLabel(data.quarter)} · 每户每季度一份，匿名统计，物业只能看到汇总
            </Text>
            {data.submitted ? (
              <Text className="block alert-blue survey-submitted">您本季度已经评价过。再次提交将替换上次的评价。</Text>
            ) : null}
          </View>
          {data.questions.map((q, i) => (
            <View key={q.key} className="card survey-q" data-key={q.key}>
              <Text className="block survey-q-text">
                {i + 1}. {q.text}
              </Text>
              <Stars value={answers[q.key] ?? 0} onChange={(n) => setAnswers({ ...answers, [q.key]: n })} />
            </View>
          ))}
          <View className="card">
            <Text className="block survey-q-text">想对物业说的话（选填）</Text>
            <Textarea
              className="textarea survey-comment"
              value={comment}
              maxlength={200}
              placeholder="比如哪里做得好、哪里需要改进"
              onInput={(e) => setComment(e.detail.value)}
            />
          </View>
          {error ? <View className="alert-red survey-error">{error}</View> : null}
          <Btn kind="primary" block className="survey-submit" loading={busy} onClick={() => void submit()}>
            {data.submitted ? '重新提交（替换上次）' : '提交评价'}
          </Btn>
        </>
      ) : null}
    </PageShell>
  )
}
