/** One category's form, checked with the Category schema before it is sent. */
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { SaveCategoryInput } from '../../../../types/admin'
import type { Category } from '../../../../types/catalog'
import { Btn } from '../../../components'
import { admin } from '../../shared/api'
import { ChoiceField, SwitchField, TextField } from '../../shared/fields'
import { check, type FieldErrors, firstError, num, under } from '../../shared/form'
import { GROUP_OPTIONS, HANDLER_OPTIONS } from '../../shared/labels'
import { PickList } from '../../shared/PickList'
import { orgOptions, type Refs } from '../../shared/refs'
import { SaveProblem, useSave } from '../../shared/save'

interface Props {
  refs: Refs | null
  initial: Category
  version?: number
  onCancel: () => void
  onDone: () => Promise<void>
  /** after a CONFLICT: load the category as it now stands */
  onReload: () => Promise<void>
}

export function CategoryEditor({ refs, initial, version, onCancel, onDone, onReload }: Props) {
  const [c, setC] = useState(initial)
  const [hours, setHours] = useState({ ack: String(initial.acknowledgeHours), resolve: String(initial.resolveHours) })
  const [sort, setSort] = useState(String(initial.sort))
  const [errors, setErrors] = useState<FieldErrors>({})
  const save = useSave()
  const set = (patch: Partial<Category>) => setC((x) => ({ ...x, ...patch }))
  const isNew = version === undefined

  const submit = async () => {
    const category: Record<string, unknown> = {
      ...c,
      acknowledgeHours: num(hours.ack),
      resolveHours: num(hours.resolve),
      sort: num(sort),
      emergencyHint: c.emergencyHint?.trim() || undefined,
    }
    if (c.defaultHandler !== 'department') delete category.departmentId
    const out = check(SaveCategoryInput, { category, ...(isNew ? {} : { expectedVersion: version }) })
    const fieldErrors = under(out.errors, 'category')
    if (out.ok && out.data.category.acknowledgeHours > out.data.category.resolveHours) {
      fieldErrors.acknowledgeHours = '签收时限不能长于办结时限'
    }
    if (out.ok && c.defaultHandler === 'department' && !c.departmentId) fieldErrors.departmentId = '请选择承办部门'
    setErrors(fieldErrors)
    if (!out.ok || Object.keys(fieldErrors).length) return save.fail(firstError(fieldErrors) ?? '请先改正标红的内容')
    const saved = await save.run(() => admin('saveCategory', out.data))
    if (saved) await onDone()
  }

  return (
    <View className="adm-editor category-editor">
      <Text className="adm-editor-title">{isNew ? '新增报事类别' : `修改：${initial.name}`}</Text>
      <View className="adm-form">
        <TextField
          label="名称"
          value={c.name}
          onChange={(v) => set({ name: v })}
          error={errors.name}
          inputClass="category-name"
          maxlength={20}
        />
        <TextField
          label="编码（小写字母开头）"
          value={c.code}
          onChange={(v) => (isNew ? set({ code: v.trim() }) : undefined)}
          error={errors.code}
          hint={isNew ? '如 stairwell_light，保存后不能修改' : '编码不能修改'}
          inputClass="category-code"
        />
        <ChoiceField
          label="分组"
          value={c.group}
          options={GROUP_OPTIONS}
          onChange={(v) => set({ group: v })}
          error={errors.group}
          wide
        />
        <TextField
          label="图标（一个表情或短字）"
          value={c.icon}
          onChange={(v) => set({ icon: v })}
          error={errors.icon}
          maxlength={8}
        />
        <TextField label="排序（小的在前）" value={sort} onChange={setSort} type="number" error={errors.sort} />
        <ChoiceField
          label="默认处理方"
          value={c.defaultHandler}
          options={HANDLER_OPTIONS}
          onChange={(v) => set({ defaultHandler: v })}
          error={errors.defaultHandler}
          wide
        />
        {c.defaultHandler === 'department' ? (
          <PickList
            label="承办部门"
            value={c.departmentId ?? null}
            options={orgOptions(refs, 'department')}
            onChange={(v) => set({ departmentId: v ?? undefined })}
            error={errors.departmentId}
            wide
          />
        ) : null}
        <TextField
          label="签收时限（小时）"
          value={hours.ack}
          onChange={(v) => setHours((h) => ({ ...h, ack: v }))}
          type="digit"
          error={errors.acknowledgeHours}
          inputClass="category-ack"
        />
        <TextField
          label="办结时限（小时）"
          value={hours.resolve}
          onChange={(v) => setHours((h) => ({ ...h, resolve: v }))}
          type="digit"
          error={errors.resolveHours}
          inputClass="category-resolve"
        />
        <TextField
          label="紧急提示（提交前显示给居民）"
          value={c.emergencyHint ?? ''}
          onChange={(v) => set({ emergencyHint: v })}
          error={errors.emergencyHint}
          placeholder="如：请立即撤离并拨打119"
          multiline
        />
        <SwitchField label="紧急（按自然小时计时）" checked={c.urgent} onChange={(v) => set({ urgent: v })} />
        <SwitchField
          label="办结需拍完成照片"
          checked={c.afterPhotoRequired}
          onChange={(v) => set({ afterPhotoRequired: v })}
        />
        <SwitchField label="启用（居民可选）" checked={c.active} onChange={(v) => set({ active: v })} />
        <SaveProblem state={save} base={initial} onReload={() => void onReload()} />
        <View className="adm-actions">
          <Btn kind="secondary" onClick={onCancel}>
            取消
          </Btn>
          <Btn className="category-save" loading={save.busy} onClick={() => void submit()}>
            保存
          </Btn>
        </View>
      </View>
    </View>
  )
}
