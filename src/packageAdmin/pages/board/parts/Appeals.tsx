/** 申诉: each company's appeal during 公示, decided by the street with a written note (支持 / 驳回). */
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { type AppealView, DecideAppealInput } from '../../../../../types/board'
import { formatTime } from '../../../../../types/china-time'
import { call } from '../../../../api'
import { Btn } from '../../../../components'
import { SwitchField, TextField } from '../../../shared/fields'
import { check } from '../../../shared/form'
import { SaveProblem, useSave } from '../../../shared/save'

const STATUS: Record<AppealView['status'], [string, string]> = {
  pending: ['待处理', 'adm-tag-orange'],
  upheld: ['已支持', 'adm-tag-green'],
  rejected: ['已驳回', 'adm-tag'],
}

function Decide({ appeal, onDone }: { appeal: AppealView; onDone: () => void }) {
  const [note, setNote] = useState('')
  const [liftVeto, setLiftVeto] = useState(false)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const save = useSave()
  const decide = async (decision: 'upheld' | 'rejected') => {
    const input = { id: appeal.id, decision, note, ...(decision === 'upheld' && liftVeto ? { liftVeto } : {}) }
    const checked = check(DecideAppealInput, input)
    setErrors(checked.errors)
    if (!checked.ok) return
    if (await save.run(() => call('board', 'decideAppeal', checked.data), '已处理')) onDone()
  }
  return (
    <View className="bd-decide">
      <TextField
        label="处理意见"
        value={note}
        onChange={setNote}
        multiline
        error={errors.note}
        placeholder="写明支持或驳回的理由（会记录在案）"
        inputClass="bd-decide-note"
      />
      <SwitchField label="支持时一并撤销一票否决" checked={liftVeto} onChange={setLiftVeto} />
      <View className="adm-actions">
        <Btn kind="primary" className="bd-uphold" loading={save.busy} onClick={() => void decide('upheld')}>
          支持
        </Btn>
        <Btn kind="danger" className="bd-reject" loading={save.busy} onClick={() => void decide('rejected')}>
          驳回
        </Btn>
      </View>
      <SaveProblem state={save} />
    </View>
  )
}

export function Appeals({ appeals, onChanged }: { appeals: AppealView[]; onChanged: () => void }) {
  if (!appeals.length)
    return <Text className="block muted bd-none">公示期内物业公司提出的申诉会列在这里。目前没有申诉。</Text>
  return (
    <View className="bd-appeals">
      {appeals.map((a) => (
        <View key={a.id} className="card bd-appeal" data-id={a.id} data-status={a.status}>
          <View className="adm-row-top">
            <Text className="adm-row-name">{a.companyName}</Text>
            <Text className={`adm-tag ${STATUS[a.status][1]}`}>{STATUS[a.status][0]}</Text>
            <View className="adm-spacer" />
            <Text className="muted small">{formatTime(a.createdAt)}</Text>
          </View>
          <Text className="block bd-appeal-reason">{a.reason}</Text>
          <Text className="adm-row-line">证据：{a.evidence.join('；')}</Text>
          {a.decision ? (
            <Text className="adm-row-line">
              处理意见：{a.decision}
              {a.decidedAt ? `（${formatTime(a.decidedAt)}）` : ''}
            </Text>
          ) : null}
          {a.status === 'pending' ? <Decide appeal={a} onDone={onChanged} /> : null}
        </View>
      ))}
    </View>
  )
}
