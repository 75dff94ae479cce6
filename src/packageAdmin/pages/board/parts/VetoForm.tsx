/** 一票否决: the street records a veto (kind, note, evidence); the company then goes to 黑榜 whatever its score. */
import { View } from '@tarojs/components'
import { useState } from 'react'
import { VETO_KINDS, VETO_LABEL, VetoInput } from '../../../../../types/board'
import { call } from '../../../../api'
import { Btn } from '../../../../components'
import { ChoiceField, TextField } from '../../../shared/fields'
import { check } from '../../../shared/form'
import { SaveProblem, useSave } from '../../../shared/save'

export interface CompanyOption {
  value: string
  label: string
}

/** one piece of evidence a line (a file id, a document number, a link) */
export const linesOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)

export function VetoForm({
  quarter,
  companies,
  onDone,
}: {
  quarter: string
  companies: CompanyOption[]
  onDone: () => void
}) {
  const [companyId, setCompanyId] = useState<string | null>(null)
  const [kind, setKind] = useState<(typeof VETO_KINDS)[number] | null>(null)
  const [note, setNote] = useState('')
  const [evidence, setEvidence] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const save = useSave()
  const submit = async () => {
    const checked = check(VetoInput, { quarter, companyId: companyId ?? '', kind, note, evidence: linesOf(evidence) })
    setErrors(checked.errors)
    if (!checked.ok) return
    if (await save.run(() => call('board', 'veto', checked.data), '已记录')) {
      setNote('')
      setEvidence('')
      onDone()
    }
  }
  return (
    <View className="adm-form bd-veto">
      <ChoiceField
        label="物业公司"
        value={companyId}
        options={companies}
        onChange={setCompanyId}
        error={errors.companyId}
        chipClass="bd-veto-company"
        wide
      />
      <ChoiceField
        label="否决事由"
        value={kind}
        options={VETO_KINDS.map((k) => ({ value: k, label: VETO_LABEL[k] }))}
        onChange={setKind}
        error={errors.kind}
        chipClass="bd-veto-kind"
        wide
      />
      <TextField
        label="情况说明"
        value={note}
        onChange={setNote}
        multiline
        error={errors.note}
        inputClass="bd-veto-note"
      />
      <TextField
        label="证据（每行一项：文书编号、照片编号或链接）"
        value={evidence}
        onChange={setEvidence}
        multiline
        error={errors.evidence}
        inputClass="bd-veto-evidence"
      />
      <View className="adm-actions">
        <Btn kind="danger" className="bd-veto-save" loading={save.busy} onClick={() => void submit()}>
          记录一票否决
        </Btn>
      </View>
      <SaveProblem state={save} />
    </View>
  )
}
