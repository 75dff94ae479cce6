/**
 * 审计日志 (等保 审计): every admin write, newest first, filtered by action; each row says who, role,
 * when, what, and the change as 修改前 → 修改后. Paged by cursor; the same filter exports as .xlsx.
 */
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { AuditRow } from '../../../../types/admin'
import { formatTime } from '../../../../types/china-time'
import { toApiError } from '../../../api'
import { Btn, Empty, ErrorBox, Loading, PageShell } from '../../../components'
import { useDeskLayout } from '../../../lib/use-window-width'
import { admin } from '../../shared/api'
import { DeskTable } from '../../shared/DeskTable'
import { Chips } from '../../shared/fields'
import { downloadFile } from '../../shared/files'
import { AUDIT_ACTION_LABEL, ROLE_LABEL } from '../../shared/labels'
import { ChangeView } from '../../shared/readable'
import { AuditDetail } from './AuditDetail'
import { AUDIT_TABLE } from './audit-columns'
import '../../shared/admin.scss'
import './index.scss'

const FILTERS = [
  { value: 'all', label: '全部操作' },
  ...Object.entries(AUDIT_ACTION_LABEL).map(([value, label]) => ({ value, label })),
]
const PAGE = 30

export default function AuditPage() {
  const [action, setAction] = useState('all')
  const [items, setItems] = useState<AuditRow[]>([])
  const [cursor, setCursor] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<ReturnType<typeof toApiError> | null>(null)
  const [exporting, setExporting] = useState(false)
  const [exportError, setExportError] = useState<string | null>(null)
  const [openId, setOpenId] = useState<string | null>(null)
  const desk = useDeskLayout()

  const load = async (from: string | null) => {
    setLoading(true)
    setError(null)
    try {
      const page = await admin<{ items: AuditRow[]; nextCursor: string | null }>('audit', {
        ...(action === 'all' ? {} : { action }),
        cursor: from,
        limit: PAGE,
      })
      setItems((old) => (from ? [...old, ...page.items] : page.items))
      setCursor(page.nextCursor)
    } catch (e) {
      setError(toApiError(e))
    } finally {
      setLoading(false)
    }
  }
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new filter starts from the first page
  useEffect(() => {
    setItems([])
    void load(null)
  }, [action])

  const doExport = async () => {
    setExporting(true)
    setExportError(null)
    try {
      const out = await admin<{ fileId: string; rows: number }>('auditExport', action === 'all' ? {} : { action })
      await downloadFile(out.fileId, '审计记录.xlsx')
    } catch (e) {
      setExportError(toApiError(e).message)
    } finally {
      setExporting(false)
    }
  }

  // at a desk the newest record is open until another is chosen
  const opened = items.find((r) => r.id === openId) ?? items[0] ?? null
  return (
    <PageShell className="adm-page audit-page">
      <View className="adm-wrap">
        <View className="adm-toolbar">
          <Chips value={action} options={FILTERS} onChange={setAction} chipClass="audit-filter" />
          <View className="adm-spacer" />
          <Btn kind="secondary" className="audit-export" loading={exporting} onClick={() => void doExport()}>
            导出表格
          </Btn>
        </View>
        {exportError ? <View className="alert-red">{exportError}</View> : null}
        {error ? <ErrorBox error={error} onRetry={() => void load(null)} /> : null}
        {!loading && !error && !items.length ? <Empty text="还没有操作记录" /> : null}
        {desk && items.length ? (
          <View className="adm-split adm-split-desk">
            <DeskTable
              label="审计日志"
              columns={AUDIT_TABLE}
              rows={items}
              rowKey={(r) => r.id}
              openKey={opened?.id ?? null}
              onOpen={(r) => setOpenId(r.id)}
              rowClass={() => 'audit-row'}
              rowData={(r) => ({ action: r.action, id: r.id })}
            />
            <AuditDetail row={opened} />
          </View>
        ) : null}
        {desk
          ? null
          : items.map((r) => (
              <View key={r.id} className="card audit-row" data-action={r.action}>
                <View className="adm-row-top">
                  <Text className="adm-row-name">
                    {(AUDIT_ACTION_LABEL as Record<string, string>)[r.action] ?? r.action}
                  </Text>
                  <Text className="adm-tag">{r.target}</Text>
                  <View className="adm-spacer" />
                  <Text className="muted small">{formatTime(r.at)}</Text>
                </View>
                <Text className="adm-row-line">
                  {r.actorName || r.actorId}（{ROLE_LABEL[r.role] ?? r.role}）· 请求 {r.requestId || '—'}
                </Text>
                <ChangeView before={r.before} after={r.after} />
              </View>
            ))}
        {loading ? <Loading /> : null}
        {!loading && cursor ? (
          <Btn kind="secondary" block className="audit-more" onClick={() => void load(cursor)}>
            加载更早的记录
          </Btn>
        ) : null}
        {!loading && !cursor && items.length ? (
          <Text className="block muted small audit-end">没有更早的记录了</Text>
        ) : null}
      </View>
    </PageShell>
  )
}
