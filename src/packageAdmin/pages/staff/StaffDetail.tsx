/** One staff member beside the desk table: name, role, 在岗 / 休息, and 移除 (not for oneself). */
import { Text, View } from '@tarojs/components'
import { Btn } from '../../../components'
import { KeyValues } from '../../shared/readable'
import { type StaffRow, staffName } from './staff-columns'

export function StaffDetail(props: {
  row: StaffRow | null
  orgName: string
  isMe: boolean
  busy: boolean
  onRemove: (p: StaffRow) => void
}) {
  const { row } = props
  if (!row) {
    return (
      <View className="adm-editor staff-detail">
        <Text className="block muted">点左侧一位工作人员，查看岗位并可移除。</Text>
      </View>
    )
  }
  return (
    <View className="adm-editor staff-detail" data-user={row.userId}>
      <Text className="adm-editor-title">{staffName(row)}</Text>
      <KeyValues
        rows={[
          ['单位', props.orgName],
          ['岗位', row.roleLabel],
          ['状态', row.onDuty ? '在岗' : '休息'],
        ]}
      />
      <View className="adm-actions">
        {props.isMe ? (
          <Text className="muted">本人</Text>
        ) : (
          <Btn kind="secondary" className="staff-remove" loading={props.busy} onClick={() => props.onRemove(row)}>
            移除
          </Btn>
        )}
      </View>
      <Text className="adm-hint">移除后，其未办结的工单退回本单位待领取。</Text>
    </View>
  )
}
