/**
 * 房屋底册: a community admin imports the community's roster (.xlsx: 楼栋, 单元, 房号, 姓名, 手机号, and
 * 小区 where the community has several). The answer comes row by row; residents waiting for 核实 whose
 * room, name and phone match a row are verified at once. The same file twice changes nothing.
 */
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { ImportRosterOutput } from '../../../../types/household'
import {
  ROSTER_COLUMNS,
  ROSTER_MAX_ROWS,
  ROSTER_OPTIONAL_COLUMNS,
  ROSTER_ROW_STATUS_LABEL,
} from '../../../../types/labels'
import { call, toApiError } from '../../../api'
import { Btn, PageShell } from '../../../components'
import { chooseAndUploadXlsx } from '../../shared/files'
import { ImportRows } from '../../shared/ImportRows'
import '../../shared/admin.scss'

export default function RosterPage() {
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [result, setResult] = useState<{ name: string; out: ImportRosterOutput } | null>(null)

  const doImport = async () => {
    setProblem(null)
    setBusy(true)
    try {
      const file = await chooseAndUploadXlsx()
      if (!file) return
      const out = await call<ImportRosterOutput>('household', 'importRoster', { fileId: file.fileId })
      setResult({ name: file.name, out })
    } catch (e) {
      setProblem(toApiError(e).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <PageShell className="adm-page roster-page">
      <View className="adm-wrap">
        <View className="card">
          <Text className="adm-editor-title">导入房屋底册</Text>
          <Text className="block muted roster-help">
            表格第一行写列名：{ROSTER_COLUMNS.join('、')}
            （社区有多个小区时再加一列“{ROSTER_OPTIONAL_COLUMNS.join('、')}”），每户一行，最多 {ROSTER_MAX_ROWS}{' '}
            行。已申请绑定、房号姓名手机号都对得上的住户会立即核实；同一个表格导入两次不会重复。
          </Text>
          <Btn className="roster-import" loading={busy} onClick={() => void doImport()}>
            选择表格并导入
          </Btn>
        </View>
        {problem ? <View className="alert-red roster-problem">{problem}</View> : null}
        {result ? (
          <View className="card import-result roster-result">
            <Text className="adm-editor-title">导入结果：{result.name}</Text>
            {result.out.refused > 0 ? (
              <View className="alert-red import-refused-note">
                有 {result.out.refused} 行未导入，请按原因改正后重新导入；其余行已处理。
              </View>
            ) : null}
            <View className="import-summary">
              <Text className="adm-tag adm-tag-green">已导入 {result.out.taken}</Text>
              <Text className="adm-tag">已有 {result.out.unchanged}</Text>
              <Text className="adm-tag adm-tag-red">未导入 {result.out.refused}</Text>
              <Text className="adm-tag adm-tag-blue roster-verified">当即核实住户 {result.out.verified}</Text>
            </View>
            <ImportRows rows={result.out.rows} labels={ROSTER_ROW_STATUS_LABEL} />
          </View>
        ) : null}
      </View>
    </PageShell>
  )
}
