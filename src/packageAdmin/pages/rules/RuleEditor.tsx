/** One routing rule's form: what it matches, who handles, why; 试一下 before saving; 删除 with a confirm. */
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { RuleDraft } from '../../../../types/admin'
import type { HandlerKind } from '../../../../types/catalog'
import { Btn } from '../../../components'
import { admin } from '../../shared/api'
import { ChoiceField, SwitchField, TextField } from '../../shared/fields'
import { check, type FieldErrors, firstError, num } from '../../shared/form'
import { HANDLER_OPTIONS } from '../../shared/labels'
import { PickList } from '../../shared/PickList'
import { categoryOptions, orgOptions, placeOptions, type Refs } from '../../shared/refs'
import { SaveProblem, useSave } from '../../shared/save'
import { TryRoute } from './TryRoute'

interface Props {
  refs: Refs | null
  initial: RuleDraft
  version?: number
  onCancel: () => void
  onDone: () => Promise<void>
  onReload: () => Promise<void>
}

/** the units a rule may name for its handler kind */
function unitOptions(refs: Refs | null, handler: HandlerKind, estateId: string | null) {
  if (handler === 'department') return orgOptions(refs, 'department')
  if (handler === 'property') return orgOptions(refs, 'property')
  const estate = refs?.places.find((p) => p.id === estateId)
  const all = placeOptions(refs, handler === 'grid' ? 'grid' : 'community')
  // the estate's own grid / community first
  const own = handler === 'grid' ? estate?.gridId : estate?.communityId
  return [...all.filter((o) => o.value === own), ...all.filter((o) => o.value !== own)]
}

export function RuleEditor({ refs, initial, version, onCancel, onDone, onReload }: Props) {
  const [draft, setDraft] = useState(initial)
  const [priority, setPriority] = useState(String(initial.priority))
  const [errors, setErrors] = useState<FieldErrors>({})
  const save = useSave()
  const set = (patch: Partial<RuleDraft>) => setDraft((d) => ({ ...d, ...patch }))
  const value = { ...draft, priority: num(priority) }
  const isNew = version === undefined

  const validate = () => {
    const out = check(RuleDraft, value)
    setErrors(out.errors)
    return out.ok ? out.data : null
  }
  const submit = async () => {
    const rule = validate()
    if (!rule) return save.fail(firstError(errors) ?? '请先改正标红的内容')
    const saved = await save.run(() => admin('saveRule', { rule, ...(isNew ? {} : { expectedVersion: version }) }))
    if (saved) await onDone()
  }
  const remove = async () => {
    if (!draft.id || version === undefined) return
    const ok = await Taro.showModal({
      title: '删除规则',
      content: `确定删除这条规则吗？新报事将按其余规则分派，在办工单不受影响。`,
    })
    if (!ok.confirm) return
    const removed = await save.run(() => admin('removeRule', { id: draft.id, expectedVersion: version }), '已删除')
    if (removed) await onDone()
  }

  const units = unitOptions(refs, draft.handler, draft.estateId)
  return (
    <View className="adm-editor rule-editor">
      <Text className="adm-editor-title">{isNew ? '新增分派规则' : '修改分派规则'}</Text>
      <View className="adm-form">
        <PickList
          label="报事类别"
          value={draft.categoryCode}
          options={categoryOptions(refs)}
          onChange={(v) => set({ categoryCode: v })}
          noneLabel="全部类别"
          error={errors.categoryCode}
          max={8}
          wide
          className="rule-category"
        />
        <PickList
          label="适用小区"
          value={draft.estateId}
          options={placeOptions(refs, 'estate')}
          onChange={(v) => {
            set({ estateId: v, orgId: null })
            // an estate's exception outranks the category default unless the admin said otherwise
            if (v && !draft.estateId && priority === '0') setPriority('50')
          }}
          noneLabel="全街道（类别默认）"
          error={errors.estateId}
          wide
          className="rule-estate"
        />
        <ChoiceField
          label="派给"
          value={draft.handler}
          options={HANDLER_OPTIONS}
          onChange={(v) => set({ handler: v, orgId: null })}
          error={errors.handler}
          chipClass="rule-handler"
          wide
          hint="不指定单位时，物业与网格员按居民所选的“报物业/报网格员”受理；指定单位后一律派给该单位。"
        />
        <PickList
          label="指定单位"
          value={draft.orgId}
          options={units}
          onChange={(v) => set({ orgId: v })}
          noneLabel={draft.handler === 'department' ? undefined : '不指定（按小区所属）'}
          error={errors.orgId}
          wide
          max={8}
          className="rule-org"
        />
        <TextField
          label="分派理由（居民和处理人都能看到）"
          value={draft.reason}
          onChange={(v) => set({ reason: v })}
          error={errors.reason}
          placeholder="如：本小区楼道灯由网格员统一报修"
          maxlength={60}
          inputClass="rule-reason"
          wide
        />
        <TextField
          label="优先级（越大越先用）"
          value={priority}
          onChange={setPriority}
          type="number"
          error={errors.priority}
          inputClass="rule-priority"
        />
        <SwitchField label="启用" checked={draft.active} onChange={(v) => set({ active: v })} />
        <View className="adm-wide">
          <TryRoute refs={refs} draft={value} onInvalid={() => validate()} />
        </View>
        <SaveProblem state={save} base={{ ...initial, id: undefined }} onReload={onReload} />
        <View className="adm-actions">
          <Btn kind="secondary" onClick={onCancel}>
            取消
          </Btn>
          {!isNew ? (
            <Btn kind="danger" className="rule-remove" loading={save.busy} onClick={() => void remove()}>
              删除
            </Btn>
          ) : null}
          <Btn className="rule-save" loading={save.busy} onClick={() => void submit()}>
            保存规则
          </Btn>
        </View>
      </View>
    </View>
  )
}
