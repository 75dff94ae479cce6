/**
 * Choosing one of many (23 categories, a street's estates): the choice, a box to narrow the options by
 * typing, and the matching options as chips. Works the same with a mouse and on a phone.
 */
import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Field } from './fields'

export interface PickOption {
  value: string
  label: string
  /** shown after the label, e.g. the estate's community */
  note?: string
}

interface Props {
  label: string
  value: string | null
  options: PickOption[]
  onChange: (v: string | null) => void
  /** an entry for "no choice" (e.g. 全部类别), as null */
  noneLabel?: string
  error?: string | null
  hint?: string
  className?: string
  wide?: boolean
  /** how many chips show before typing narrows them */
  max?: number
}

export function PickList(p: Props) {
  const [q, setQ] = useState('')
  const query = q.trim().toLowerCase()
  const matches = p.options.filter(
    (o) => !query || o.label.toLowerCase().includes(query) || o.value.toLowerCase().includes(query),
  )
  const max = p.max ?? 12
  const shown = matches.slice(0, max)
  const chosen = p.options.find((o) => o.value === p.value)
  return (
    <Field label={p.label} error={p.error} hint={p.hint} className={`adm-pick ${p.className ?? ''}`} wide={p.wide}>
      <View className="adm-pick-head">
        <Text className="adm-pick-value">
          {chosen ? chosen.label : p.value === null && p.noneLabel ? p.noneLabel : p.value ? p.value : '未选择'}
        </Text>
        {p.options.length > max ? (
          <Input
            className="input adm-pick-search"
            value={q}
            placeholder="输入文字查找"
            onInput={(e) => setQ(e.detail.value)}
          />
        ) : null}
      </View>
      <View className="adm-chips">
        {p.noneLabel ? (
          <View className={`chip adm-chip ${p.value === null ? 'chip-on' : ''}`} onClick={() => p.onChange(null)}>
            {p.noneLabel}
          </View>
        ) : null}
        {shown.map((o) => (
          <View
            key={o.value}
            data-value={o.value}
            className={`chip adm-chip ${p.value === o.value ? 'chip-on' : ''}`}
            onClick={() => p.onChange(o.value)}
          >
            {o.label}
            {o.note ? <Text className="adm-chip-note"> {o.note}</Text> : null}
          </View>
        ))}
        {matches.length > shown.length ? (
          <Text className="adm-hint">还有 {matches.length - shown.length} 项，输入文字查找</Text>
        ) : null}
        {!matches.length ? <Text className="adm-hint">没有匹配的选项</Text> : null}
      </View>
    </Field>
  )
}
