/** The import's answer, row by row: 行号, 新增/更新/未变/未导入, and why a row was refused. Refused rows first. */
import { Text, View } from '@tarojs/components'
import type { ImportPlacesOutput } from '../../../../types/admin-places'
import { Btn } from '../../../components'
import { ImportRows } from '../../shared/ImportRows'

const STATUS_LABEL = { created: '新增', updated: '更新', unchanged: '未变', refused: '未导入' } as const

export function ImportResult({ name, out, onClose }: { name: string; out: ImportPlacesOutput; onClose: () => void }) {
  return (
    <View className="card import-result">
      <Text className="adm-editor-title">导入结果：{name}</Text>
      {out.refused > 0 ? (
        <View className="alert-red import-refused-note">
          有 {out.refused} 行未导入，请按原因改正后重新导入这些行；其余行已按下表处理。
        </View>
      ) : null}
      <View className="import-summary">
        <Text className="adm-tag adm-tag-green">新增 {out.created}</Text>
        <Text className="adm-tag adm-tag-blue">更新 {out.updated}</Text>
        <Text className="adm-tag">未变 {out.unchanged}</Text>
        <Text className="adm-tag adm-tag-red">未导入 {out.refused}</Text>
      </View>
      <ImportRows rows={out.rows} labels={STATUS_LABEL} />
      <Btn kind="plain" onClick={onClose}>
        收起导入结果
      </Btn>
    </View>
  )
}
