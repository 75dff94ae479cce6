/** The resident's two forms on a resolved report: 评价 (stars and their parts, tags, a comment) and 不满意重办 (a reason). */
import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import {
  SATISFACTIONS,
  type Satisfaction,
  STARS_WORDS,
  satisfactionForStars,
  tagsForStars,
} from '../../../../../types/labels'
import { Btn, Stars } from '../../../../components'

export type RatingInput = {
  stars: number
  overall: number
  speed?: number
  attitude?: number
  resolved?: 'yes' | 'no'
  satisfaction: Satisfaction
  tags: string[]
  comment?: string
}

/** A small 1–5 row for one part of the rating (办理速度, 服务态度); optional. */
function PartStars(props: { label: string; className: string; value: number; onChange: (n: number) => void }) {
  return (
    <View className={`rate-part ${props.className}`}>
      <Text className="field-label rate-part-label">{props.label}</Text>
      <Stars value={props.value} onChange={props.onChange} />
    </View>
  )
}

/**
 * 评价: the stars (overall), then optional 办理速度 and 服务态度, the 满意度 (the stars suggest it
 * until the resident picks one), tags that follow the stars, and a comment. `confirmed`: the
 * resident has said 已解决, so the rating says resolved; otherwise (closed without their word) it
 * asks 解决了吗 and sends nothing when they leave it.
 */
export function RatePanel(props: { busy: boolean; confirmed: boolean; onSubmit: (rating: RatingInput) => void }) {
  const [stars, setStars] = useState(0)
  const [speed, setSpeed] = useState(0)
  const [attitude, setAttitude] = useState(0)
  const [resolved, setResolved] = useState<'yes' | 'no' | null>(null)
  const [satisfaction, setSatisfaction] = useState<Satisfaction | null>(null)
  const [tags, setTags] = useState<string[]>([])
  const [comment, setComment] = useState('')
  const toggle = (t: string) => setTags((list) => (list.includes(t) ? list.filter((x) => x !== t) : [...list, t]))
  // the tags follow the stars: praise for 4–5, problems for 1–3
  const offered = tagsForStars(stars)
  const pick = (n: number) => {
    setStars(n)
    setTags((list) => list.filter((t) => tagsForStars(n).includes(t)))
  }
  const shownSatisfaction = satisfaction ?? (stars ? satisfactionForStars(stars) : null)
  const submit = () =>
    props.onSubmit({
      stars,
      overall: stars,
      ...(speed ? { speed } : {}),
      ...(attitude ? { attitude } : {}),
      ...(props.confirmed ? { resolved: 'yes' as const } : resolved ? { resolved } : {}),
      satisfaction: shownSatisfaction ?? satisfactionForStars(stars),
      tags,
      comment: comment.trim() || undefined,
    })
  return (
    <View className="rate-panel">
      {props.confirmed ? null : (
        <>
          <Text className="field-label">问题解决了吗？</Text>
          <View className="chips rate-resolved">
            {(['yes', 'no'] as const).map((v) => (
              <Text
                key={v}
                className={`chip rate-resolved-${v}${resolved === v ? ' chip-on' : ''}`}
                onClick={() => setResolved(resolved === v ? null : v)}
              >
                {v === 'yes' ? '解决了' : '没解决'}
              </Text>
            ))}
          </View>
        </>
      )}
      <Text className="field-label">您对这次处理满意吗？（可不评）</Text>
      <Stars value={stars} onChange={pick} />
      {stars ? <Text className="block stars-words">{STARS_WORDS[stars]}</Text> : null}
      {stars ? (
        <>
          <View className="chips rate-satisfaction">
            {SATISFACTIONS.map((v) => (
              <Text
                key={v}
                className={`chip rate-satisfaction-chip${shownSatisfaction === v ? ' chip-on' : ''}`}
                onClick={() => setSatisfaction(v)}
              >
                {v}
              </Text>
            ))}
          </View>
          <PartStars label="办理速度（可不评）" className="rate-speed" value={speed} onChange={setSpeed} />
          <PartStars label="服务态度（可不评）" className="rate-attitude" value={attitude} onChange={setAttitude} />
        </>
      ) : null}
      <View className="chips">
        {offered.map((t) => (
          <Text key={t} className={`chip rating-tag${tags.includes(t) ? ' chip-on' : ''}`} onClick={() => toggle(t)}>
            {t}
          </Text>
        ))}
      </View>
      <Textarea
        className="textarea rate-comment"
        value={comment}
        maxlength={300}
        placeholder="还想说点什么（可不填）"
        onInput={(e) => setComment(e.detail.value)}
      />
      <Btn block className="action-rate" loading={props.busy} disabled={!stars} onClick={submit}>
        {stars ? '提交评价' : '请先点星星打分'}
      </Btn>
    </View>
  )
}

export function ReopenPanel(props: { busy: boolean; onCancel: () => void; onSubmit: (reason: string) => void }) {
  const [reason, setReason] = useState('')
  return (
    <View className="reopen-panel">
      <Text className="field-label">哪里没解决好？</Text>
      <Textarea
        className="textarea reopen-reason"
        value={reason}
        maxlength={200}
        placeholder="请写明原因（至少2个字）"
        onInput={(e) => setReason(e.detail.value)}
      />
      <View className="btn-row">
        <Btn kind="plain" onClick={props.onCancel}>
          取消
        </Btn>
        <Btn
          kind="danger"
          className="action-reopen"
          loading={props.busy}
          disabled={reason.trim().length < 2}
          onClick={() => props.onSubmit(reason.trim())}
        >
          提交重办
        </Btn>
      </View>
    </View>
  )
}
