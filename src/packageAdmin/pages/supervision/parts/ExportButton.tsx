/** 导出Excel: the scope's figures and raw orders as an .xlsx, saved like the audit export. */
import { View } from '@tarojs/components'
import { useState } from 'react'
import type { ExportOutput, SupervisionScope } from '../../../../../types/supervision'
import { call, toApiError } from '../../../../api'
import { Btn } from '../../../../components'
import { downloadFile } from '../../../shared/files'

export function ExportButton({ scope, from, to }: { scope: SupervisionScope; from: string; to: string }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const run = async () => {
    setBusy(true)
    setError(null)
    setDone(null)
    try {
      const out = await call<ExportOutput>('supervision', 'export', { scope, from, to })
      await downloadFile(out.fileId, out.fileName)
      setDone(out.fileName)
    } catch (e) {
      setError(toApiError(e).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className="sv-export">
      <Btn kind="secondary" className="sv-export-btn" loading={busy} loadingText="正在生成…" onClick={() => void run()}>
        导出Excel
      </Btn>
      {error ? <View className="alert-red sv-export-error">{error}</View> : null}
      {done ? <View className="alert-blue sv-export-done">已导出：{done}</View> : null}
    </View>
  )
}
