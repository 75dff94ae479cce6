/** 社区考评: the community's quarterly checklist for one company, four items of up to 25 points each. */
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { CHECKLIST_ITEMS, ChecklistInput } from '../../../../../types/board'
import { call } from '../../../../api'
import { Btn } from '../../../../components'
import { ChoiceField, TextField } from '../../../shared/fields'
import { check, num, typedSum } from '../../../shared/form'
import { SaveProblem, useSave } from '../../../shared/save'
import type { CompanyOption } from './VetoForm'

const EMPTY = Object.fromEntries(CHECKLIST_ITEMS.map((i) => [i.key, ''])) as Record<string, string>

export function ChecklistForm({
  quarter,
  companies,
  onDone,
}: {
  quarter: string
  companies: CompanyOption[]
  onDone: () => void
}) {
  const [companyId, setCompanyId] = useState<string | null>(null)
  const [scores, setScores] = useState(EMPTY)
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const save = useSave()
  const total = typedSum(CHECKLIST_ITEMS.map((i) => scores[i.key]))
  const submit = async () => {
    const numbers = Object.fromEntries(CHECKLIST_ITEMS.map((i) => [i.key, num(scores[i.key])]))
    const input = { quarter, companyId: companyId ?? '', scores: numbers, ...(note.trim() ? { note } : {}) }
    const checked = check(ChecklistInput, input)
    setErrors(checked.errors)
    if (!checked.ok) return
    if (await save.run(() => call('board', 'checklist', checked.data), '考评已保存')) onDone()
  }
  return (
    <View className="adm-form bd-checklist">
      <ChoiceField
        label="物业公司"
        value={companyId}
        options={companies}
        onChange={setCompanyId}
        error={errors.companyId}
        chipClass="bd-check-company"
        wide
      />
      {CHECKLIST_ITEMS.map((i) => (
        <TextField
          key={i.key}
          label={`${i.text}（0–${i.max}分）`}
          value={scores[i.key]}
          onChange={(v) => setScores({ ...scores, [i.key]: v })}
          type="digit"
          error={errors[`scores.${i.key}`]}
          inputClass={`bd-check-${i.key}`}
        />
      ))}
      <TextField label="备注（选填）" value={note} onChange={setNote} multiline error={errors.note} />
      {errors.scores ? <Text className="adm-error adm-wide">{errors.scores}</Text> : null}
      <Text className="block adm-wide bd-check-total">合计 {total} / 100 分</Text>
      <View className="adm-actions">
        <Btn kind="primary" className="bd-check-save" loading={save.busy} onClick={() => void submit()}>
          保存考评
        </Btn>
      </View>
      <SaveProblem state={save} />
    </View>
  )
}
