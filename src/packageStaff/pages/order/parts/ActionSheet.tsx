/**
 * Every form of the staff order page as one table (SHEETS) and one bottom sheet that renders a row
 * of it: text, optional photos, an optional target (转派 to an org, 吹哨 to a department).
 */
import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import type { HandlerKind } from '../../../../../types/catalog'
import type { OrderDetail } from '../../../../../types/report'
import type { ApiError } from '../../../../api'
import { ErrorBox, Loading, PhotoPicker } from '../../../../components'
import { HANDLER_KIND_LABELS } from '../../../../lib/contract'
import { Sheet } from '../../../shared/Sheet'

export type Target = { id: string; kind: HandlerKind; name: string }
export type SheetName = 'progress' | 'resolve' | 'transfer' | 'return' | 'reject' | 'escalate'

interface Filled {
  text: string
  photos: string[]
  target: Target | null
}

export interface SheetSpec {
  title: string
  /** the workorder action it runs */
  api: string
  /** the toast after it ran */
  done: string
  submit: string
  /** class of the text field: `${name}-${field}` */
  field: 'note' | 'reason'
  label?: string
  hint?: string
  placeholder: string
  max: number
  /** shown when the text is shorter than 2 characters */
  tooShort: string
  photos?: string
  target?: { label: string; empty: string; missing: string; pick: (all: Target[], o: OrderDetail) => Target[] }
  data: (f: Filled) => Record<string, unknown>
  /** the order leaves this person's hands: back to the inbox */
  leave?: boolean
}

const KIND_ORDER: HandlerKind[] = ['property', 'grid', 'community', 'department']

export const SHEETS: Record<SheetName, SheetSpec> = {
  progress: {
    title: '记录处理进展',
    api: 'progress',
    done: '已记录进展',
    submit: '提交进展',
    field: 'note',
    placeholder: '例如：已到现场查看，配件已订购，预计明天更换',
    max: 300,
    tooShort: '请填写处理进展（至少2个字）',
    photos: '现场照片（选填）',
    data: (f) => ({ note: f.text, photos: f.photos }),
  },
  resolve: {
    title: '办结工单',
    api: 'resolve',
    done: '已办结',
    submit: '确认办结',
    field: 'note',
    placeholder: '请说明如何处理的，例如：已更换楼道灯泡，现已正常照明',
    max: 300,
    tooShort: '请填写办结说明（至少2个字）',
    photos: '处理后照片',
    data: (f) => ({ note: f.text, photos: f.photos }),
  },
  transfer: {
    title: '转派工单',
    api: 'transfer',
    done: '已转派',
    submit: '确认转派',
    field: 'reason',
    label: '转派原因',
    placeholder: '例如：属于公共道路，不在本物业服务范围',
    max: 200,
    tooShort: '请写明转派原因（至少2个字）',
    target: {
      label: '转派给',
      empty: '暂无可转派的单位',
      missing: '请选择转派给谁',
      pick: (all, o) =>
        all
          .filter((t) => t.name !== o.handler.orgName)
          .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)),
    },
    data: (f) => ({ toKind: f.target?.kind, toOrgId: f.target?.id, reason: f.text }),
    leave: true,
  },
  return: {
    title: '退回工单',
    api: 'return',
    done: '已退回',
    submit: '确认退回',
    field: 'reason',
    hint: '退回后由社区重新派单。',
    placeholder: '请写明退回原因，例如：该楼栋不属于本网格',
    max: 200,
    tooShort: '请写明退回原因（至少2个字）',
    data: (f) => ({ reason: f.text }),
    leave: true,
  },
  reject: {
    title: '驳回工单',
    api: 'reject',
    done: '已驳回',
    submit: '确认驳回',
    field: 'reason',
    hint: '用于无效或重复的报事。驳回原因会通知居民。',
    placeholder: '请写明驳回原因，例如：与 HB-20261123-0003 重复，已合并处理',
    max: 200,
    tooShort: '请写明驳回原因（至少2个字）',
    data: (f) => ({ reason: f.text }),
  },
  escalate: {
    title: '吹哨：请部门报到',
    api: 'whistle',
    done: '已吹哨',
    submit: '确认吹哨',
    field: 'note',
    label: '需要协助的事项',
    placeholder: '例如：占道经营需城管执法，请派人到场',
    max: 300,
    tooShort: '请写明需要部门协助的事项（至少2个字）',
    target: {
      label: '报到部门',
      empty: '暂无可吹哨的部门',
      missing: '请选择需要报到的部门',
      pick: (all) => all.filter((t) => t.kind === 'department'),
    },
    data: (f) => ({ departmentId: f.target?.id, note: f.text }),
  },
}

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
  return (
    <View className="order-targets">
      {props.items.map((t) => (
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
  )
}
