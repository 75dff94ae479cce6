/**
 * The bottom sheet of one staff action (a row of SHEETS): its target, grouped as the server orders
 * them (this estate's company, this grid and community, departments, others), its text with
 * 常用语, its photos.
 */
import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { TARGET_GROUP_LABEL } from '../../../../../types/labels'
import type { OrderDetail } from '../../../../../types/report'
import type { ApiError } from '../../../../api'
import { ErrorBox, Loading, PhotoPicker } from '../../../../components'
import { HANDLER_KIND_LABELS } from '../../../../lib/contract'
import { Sheet } from '../../../shared/Sheet'
import { QuickReplies } from './QuickReplies'
import './sheet-parts.scss'
import { SHEETS, type SheetName, type SheetSpec, type Target } from './sheets'

export { SHEETS, type SheetName, type SheetSpec, type Target }

export interface TargetsState {
  list: Target[] | null
  error: ApiError | null
  retry: () => void
}

/** One sheet of the table. `onSubmit` runs the action and answers with an error to show, or null. */
export function ActionSheet(props: {
  name: SheetName
  order: OrderDetail
  targets: TargetsState
  busy: boolean
  onSubmit: (spec: SheetSpec, data: Record<string, unknown>) => Promise<string | null>
  onClose: () => void
}) {
  const spec = SHEETS[props.name]
  const [text, setText] = useState('')
  const [photos, setPhotos] = useState<string[]>([])
  const [targetId, setTargetId] = useState('')
  const [uploading, setUploading] = useState(false)
  const [error, setError] = useState('')
  const choices = spec.target ? spec.target.pick(props.targets.list ?? [], props.order) : []

  const submit = async () => {
    const target = choices.find((t) => t.id === targetId) ?? null
    if (uploading) return setError('照片还在上传，请稍候再提交')
    if (spec.target && !target) return setError(spec.target.missing)
    if (text.trim().length < 2) return setError(spec.tooShort)
    setError((await props.onSubmit(spec, spec.data({ text: text.trim(), photos, target }))) ?? '')
  }

  return (
    <Sheet name={props.name} title={spec.title} onClose={props.onClose}>
      {spec.hint ? <View className="order-hint">{spec.hint}</View> : null}
      {spec.target ? (
        <>
          <View className="order-field-label">{spec.target.label}</View>
          <TargetList
            items={choices}
            state={props.targets}
            selected={targetId}
            onSelect={setTargetId}
            empty={spec.target.empty}
          />
        </>
      ) : null}
      {spec.label ? <View className="order-field-label">{spec.label}</View> : null}
      <Textarea
        className={`staff-textarea order-textarea ${props.name}-${spec.field}`}
        value={text}
        maxlength={spec.max}
        placeholder={spec.placeholder}
        onInput={(e) => setText(e.detail.value)}
      />
      {spec.quickReplies ? (
        <QuickReplies
          sheet={spec.quickReplies}
          categoryCode={props.order.categoryCode}
          text={text}
          max={spec.max}
          onPick={(t) => {
            setText(t)
            setError('')
          }}
        />
      ) : null}
      {spec.photos ? (
        <>
          <View className="order-field-label">
            {spec.photos}
            {props.name !== 'resolve' ? null : props.order.afterPhotoRequired ? (
              <Text className="order-required">（必传）</Text>
            ) : (
              '（选填）'
            )}
          </View>
          <PhotoPicker max={9} onChange={setPhotos} onBusyChange={setUploading} />
        </>
      ) : null}
      <View className="order-sheet-footer">
        {error ? <View className="order-form-error">{error}</View> : null}
        <View className={`order-submit ${props.name}-submit ${props.busy ? 'is-busy' : ''}`} onClick={submit}>
          {props.busy ? '提交中…' : spec.submit}
        </View>
      </View>
    </Sheet>
  )
}

function TargetList(props: {
  items: Target[]
  state: TargetsState
  selected: string
  onSelect: (id: string) => void
  empty: string
}) {
  if (props.state.error) return <ErrorBox error={props.state.error} onRetry={props.state.retry} />
  if (!props.state.list) return <Loading />
  if (!props.items.length) return <View className="order-hint">{props.empty}</View>
  // consecutive targets of one group under one heading; the server has put the right group first
  const groups: { key: string; items: Target[] }[] = []
  for (const t of props.items) {
    const key = t.group ?? 'other'
    const last = groups[groups.length - 1]
    if (last && last.key === key) last.items.push(t)
    else groups.push({ key, items: [t] })
  }
  return (
    <View className="order-targets">
      {groups.map((g) => (
        <View key={g.key} className={`order-target-group order-target-group-${g.key}`}>
          <View className="order-target-group-name">
            {TARGET_GROUP_LABEL[g.key as keyof typeof TARGET_GROUP_LABEL] ?? g.key}
          </View>
          {g.items.map((t) => (
            <View
              key={t.id}
              className={`order-target ${props.selected === t.id ? 'is-selected' : ''}`}
              data-id={t.id}
              onClick={() => props.onSelect(t.id)}
            >
              <Text className="order-target-kind">{HANDLER_KIND_LABELS[t.kind]}</Text>
              <Text>{t.name}</Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
