/**
 * 新建集市: title, venue, date and hours, and each stall's hours cut into slots of N minutes with
 * capacity C, part of each kept for walk-ins; a line says what the cut gives before it is saved.
 */
import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { SaveInput } from '../../../../types/market'
import { bookableOf, cutSlots } from '../../../../types/market-slots'
import { Btn } from '../../../components'

const china = (date: string, hhmm: string) => `${date}T${hhmm}:00+08:00`

interface Draft {
  title: string
  venue: string
  date: string
  opens: string
  closes: string
  minutes: string
  capacity: string
  walkInPercent: string
  stalls: string
}

const EMPTY: Draft = {
  title: '民生集市',
  venue: '社区党群服务中心广场',
  date: '',
  opens: '09:00',
  closes: '11:30',
  minutes: '30',
  capacity: '6',
  walkInPercent: '33',
  stalls: '义剪,义诊,磨刀,家电维修,法律咨询',
}

/** The editor's fields as a `market.save` input: every stall cut into slots of N minutes. */
function toSaveInput(d: Draft): SaveInput {
  const opensAt = china(d.date, d.opens)
  const closesAt = china(d.date, d.closes)
  const slots = cutSlots(
    new Date(opensAt).toISOString(),
    new Date(closesAt).toISOString(),
    Number(d.minutes),
    Number(d.capacity),
  )
  return {
    title: d.title,
    venue: d.venue,
    date: d.date,
    opensAt,
    closesAt,
    bookingOpensAt: new Date().toISOString(),
    bookingClosesAt: closesAt,
    walkInShare: Number(d.walkInPercent) / 100,
    stalls: d.stalls
      .split(/[,，、\s]+/)
      .filter(Boolean)
      .map((name) => ({ name, category: name, slots })),
  }
}

export function MarketEditor(props: {
  busy: boolean
  onCancel: () => void
  /** `make` builds the save input (it throws on hours it cannot cut) */
  onSave: (make: () => SaveInput) => void
}) {
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const field = (key: keyof Draft, label: string, type: 'text' | 'number' = 'text') => (
    <View className="field">
      <Text className="field-label">{label}</Text>
      <Input
        className={`input market-${key}`}
        type={type}
        value={draft[key]}
        onInput={(e) => setDraft((d) => ({ ...d, [key]: e.detail.value }))}
      />
    </View>
  )

  let preview = ''
  if (draft.date && /^\d{4}-\d{2}-\d{2}$/.test(draft.date)) {
    try {
      const input = toSaveInput(draft)
      const slots = input.stalls[0]?.slots ?? []
      const cap = Number(draft.capacity)
      preview = `${input.stalls.length}个摊位 × ${slots.length}个时段，每段${cap}人（线上${bookableOf(cap, input.walkInShare)}人，其余留给现场）`
    } catch {
      preview = '时段设置有误'
    }
  }

  return (
    <View className="card market-editor">
      <Text className="h2">新建集市</Text>
      {field('title', '集市名称')}
      {field('venue', '地点')}
      {field('date', '日期（如 2026-12-05）')}
      {field('opens', '开始时间（北京时间）')}
      {field('closes', '结束时间')}
      {field('minutes', '每个时段（分钟）', 'number')}
      {field('capacity', '每个时段人数', 'number')}
      {field('walkInPercent', '现场名额比例（%）', 'number')}
      {field('stalls', '摊位（用逗号分开）')}
      {preview ? <Text className="block alert-blue">{preview}</Text> : null}
      <View className="btn-row">
        <Btn kind="plain" onClick={props.onCancel}>
          取消
        </Btn>
        <Btn loading={props.busy} className="market-save" onClick={() => props.onSave(() => toSaveInput(draft))}>
          保存草稿
        </Btn>
      </View>
    </View>
  )
}
