/** A property company's or department's form: name, phone, contacts, and the 值班表 by weekday. */
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { type OrgDraft, type OrgRow, SaveOrgInput } from '../../../../types/admin-places'
import { Btn } from '../../../components'
import { admin } from '../../shared/api'
import { Chips, ChoiceField, TextField } from '../../shared/fields'
import { check, type FieldErrors, firstError, under } from '../../shared/form'
import { WEEKDAYS } from '../../shared/labels'
import { SaveProblem, useSave } from '../../shared/save'

type Contact = { name: string; phone: string; title?: string }
type Duty = { weekday: number; name: string; phone: string }
const DAY_OPTIONS = WEEKDAYS.map((label, i) => ({ value: String(i + 1), label }))

export function OrgEditor({
  row,
  onCancel,
  onDone,
}: {
  row: OrgRow | null
  onCancel: () => void
  onDone: () => Promise<void>
}) {
  const [org, setOrg] = useState<OrgDraft>(
    row
      ? { id: row.id, kind: row.kind, name: row.name, phone: row.phone, contacts: row.contacts, duty: row.duty }
      : { id: '', kind: 'property', name: '', phone: null, contacts: [], duty: [] },
  )
  const [errors, setErrors] = useState<FieldErrors>({})
  const save = useSave()
  const set = (patch: Partial<OrgDraft>) => setOrg((o) => ({ ...o, ...patch }))
  const setContact = (i: number, patch: Partial<Contact>) =>
    set({ contacts: org.contacts.map((c, j) => (j === i ? { ...c, ...patch } : c)) })
  const setDuty = (i: number, patch: Partial<Duty>) =>
    set({ duty: org.duty.map((d, j) => (j === i ? { ...d, ...patch } : d)) })

  const submit = async () => {
    const draft = {
      ...org,
      phone: org.phone?.trim() || null,
      contacts: org.contacts.map((c) => ({ ...c, title: c.title?.trim() || undefined })),
      duty: [...org.duty].sort((a, b) => a.weekday - b.weekday),
    }
    const out = check(SaveOrgInput, { org: draft, ...(row ? { expectedVersion: row.version } : {}) })
    const e = under(out.errors, 'org')
    setErrors(e)
    if (!out.ok) return save.fail(firstError(e) ?? '请先改正标红的内容')
    const saved = await save.run(() => admin('saveOrg', out.data))
    if (saved) await onDone()
  }

  return (
    <View className="adm-editor org-editor">
      <Text className="adm-editor-title">{row ? `修改：${row.name}` : '新增单位'}</Text>
      <View className="adm-form">
        <TextField
          label="名称"
          value={org.name}
          onChange={(v) => set({ name: v })}
          error={errors.name}
          inputClass="org-name"
          maxlength={40}
        />
        <TextField
          label="编号"
          value={org.id}
          onChange={(v) => (row ? undefined : set({ id: v.trim().toLowerCase() }))}
          error={errors.id}
          hint={row ? '编号不能修改' : '如 pc-xinyuan、dp-water'}
        />
        {row ? null : (
          <ChoiceField
            label="类型"
            value={org.kind}
            options={[
              { value: 'property', label: '物业公司' },
              { value: 'department', label: '职能部门' },
            ]}
            onChange={(v) => set({ kind: v })}
          />
        )}
        <TextField label="总机电话" value={org.phone ?? ''} onChange={(v) => set({ phone: v })} error={errors.phone} />
        <View className="adm-wide">
          <Text className="org-sub">联系人</Text>
          {org.contacts.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows being typed have no id of their own
            <View key={i} className="org-line org-contact">
              <TextField
                label="姓名"
                value={c.name}
                onChange={(v) => setContact(i, { name: v })}
                error={errors[`contacts.${i}.name`]}
              />
              <TextField
                label="电话"
                value={c.phone}
                onChange={(v) => setContact(i, { phone: v })}
                error={errors[`contacts.${i}.phone`]}
              />
              <TextField
                label="职务"
                value={c.title ?? ''}
                onChange={(v) => setContact(i, { title: v })}
                error={errors[`contacts.${i}.title`]}
              />
              <Text className="org-remove" onClick={() => set({ contacts: org.contacts.filter((_, j) => j !== i) })}>
                删除
              </Text>
            </View>
          ))}
          <Text className="org-add" onClick={() => set({ contacts: [...org.contacts, { name: '', phone: '' }] })}>
            ＋ 添加联系人
          </Text>
          {errors.contacts ? <Text className="field-error">{errors.contacts}</Text> : null}
        </View>
        <View className="adm-wide">
          <Text className="org-sub">值班表</Text>
          {org.duty.map((d, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows being typed have no id of their own
            <View key={i} className="org-line org-duty">
              <Chips
                value={String(d.weekday)}
                options={DAY_OPTIONS}
                onChange={(v) => setDuty(i, { weekday: Number(v) })}
              />
              <TextField
                label="值班人"
                value={d.name}
                onChange={(v) => setDuty(i, { name: v })}
                error={errors[`duty.${i}.name`]}
              />
              <TextField
                label="电话"
                value={d.phone}
                onChange={(v) => setDuty(i, { phone: v })}
                error={errors[`duty.${i}.phone`]}
              />
              <Text className="org-remove" onClick={() => set({ duty: org.duty.filter((_, j) => j !== i) })}>
                删除
              </Text>
            </View>
          ))}
          <Text
            className="org-add"
            onClick={() =>
              set({
                duty: [...org.duty, { weekday: Math.min(7, (org.duty.at(-1)?.weekday ?? 0) + 1), name: '', phone: '' }],
              })
            }
          >
            ＋ 添加值班
          </Text>
          {errors.duty ? <Text className="field-error">{errors.duty}</Text> : null}
        </View>
        <SaveProblem state={save} onReload={() => void onDone()} />
        <View className="adm-actions">
          <Btn kind="secondary" onClick={onCancel}>
            取消
          </Btn>
          <Btn className="org-save" loading={save.busy} onClick={() => void submit()}>
            保存
          </Btn>
        </View>
      </View>
    </View>
  )
}
