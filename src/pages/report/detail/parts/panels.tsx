/** The resident's two forms on a resolved report: 评价 (stars, tags, a comment) and 不满意重办 (a reason). */
import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { STARS_WORDS, tagsForStars } from '../../../../../types/labels'
import { Btn, Stars } from '../../../../components'

export function RatePanel(props: {
  busy: boolean
  onSubmit: (rating: { stars: number; tags: string[]; comment?: string }) => void
}) {
  const [stars, setStars] = useState(0)
  const [tags, setTags] = useState<string[]>([])
  const [comment, setComment] = useState('')
  const toggle = (t: string) => setTags((list) => (list.includes(t) ? list.filter((x) => x !== t) : [...list, t]))
  // the tags follow the stars: praise for 4–5, problems for 1–3
  const offered = tagsForStars(stars)
  const pick = (n: number) => {
    setStars(n)
    setTags((list) => list.filter((t) => tagsForStars(n).includes(t)))
  }
  return (
    <View className="rate-panel">
      <Text className="field-label">您对这次处理满意吗？（可不评）</Text>
      <Stars value={stars} onChange={pick} />
      {stars ? <Text className="block stars-words">{STARS_WORDS[stars]}</Text> : null}
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
      <Btn
        block
        className="action-rate"
        loading={props.busy}
        disabled={!stars}
        onClick={() => props.onSubmit({ stars, tags, comment: comment.trim() || undefined })}
      >
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
