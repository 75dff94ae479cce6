/**
 * 地址库: communities, grids, estates and buildings, searchable and filtered by kind; each edited in a
 * form beside the list; the whole street imported from or exported to .xlsx, the import answered row
 * by row (新增 / 更新 / 未变 / 未导入 with the reason).
 */
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { ImportPlacesOutput, PlaceKind, PlaceRow } from '../../../../types/admin-places'
import { toApiError } from '../../../api'
import { Btn, Empty, ErrorBox, Loading, PageShell } from '../../../components'
import { useLoad } from '../../../lib/use-load'
import { useDeskLayout } from '../../../lib/use-window-width'
import { admin } from '../../shared/api'
import { DeskTable } from '../../shared/DeskTable'
import { Chips, SearchBar } from '../../shared/fields'
import { chooseAndUploadXlsx, downloadFile } from '../../shared/files'
import { loadRefs } from '../../shared/refs'
import { ImportResult } from './ImportResult'
import { KIND_OPTIONS, type PlaceEditing, PlaceEditor } from './PlaceEditor'
import { PLACE_TABLE } from './place-columns'
import '../../shared/admin.scss'
import './index.scss'

type Filter = PlaceKind | 'all'
const FILTERS: Array<{ value: Filter; label: string }> = [{ value: 'all', label: '全部' }, ...KIND_OPTIONS]

export default function PlacesPage() {
  const [q, setQ] = useState('')
  const [kind, setKind] = useState<Filter>('all')
  const refs = useLoad(loadRefs)
  const list = useLoad(
    () =>
      admin<{ items: PlaceRow[]; truncated: boolean }>('places', {
        q: q.trim() || undefined,
        kind: kind === 'all' ? undefined : kind,
      }),
    [q, kind],
  )
  const [editing, setEditing] = useState<PlaceEditing | null>(null)
  const [busy, setBusy] = useState<'import' | 'export' | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [imported, setImported] = useState<{ name: string; out: ImportPlacesOutput } | null>(null)
  const [exported, setExported] = useState<{ fileId: string; rows: number } | null>(null)
  const desk = useDeskLayout()

  const open = (e: PlaceEditing) => {
    setEditing(e)
    // on a phone the editor is above the list; at a desk it stays beside it
    if (!desk) Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }
  const reloadAll = async () => {
    await Promise.all([list.reload(), refs.reload()])
  }

  const doImport = async () => {
    setProblem(null)
    setBusy('import')
    try {
      const file = await chooseAndUploadXlsx()
      if (!file) return
      const out = await admin<ImportPlacesOutput>('importPlaces', { fileId: file.fileId })
      setImported({ name: file.name, out })
      setEditing(null)
      await reloadAll()
    } catch (e) {
      setProblem(toApiError(e).message)
    } finally {
      setBusy(null)
    }
  }
  const doExport = async () => {
    setProblem(null)
    setBusy('export')
    try {
      const out = await admin<{ fileId: string; rows: number }>('exportPlaces')
      setExported(out)
      await downloadFile(out.fileId, '地址库.xlsx')
    } catch (e) {
      setProblem(toApiError(e).message)
    } finally {
      setBusy(null)
    }
  }

  const items = list.data?.items ?? []
  return (
    <PageShell className="adm-page places-page">
      <View className="adm-wrap">
        <View className="adm-toolbar">
          <SearchBar value={q} onChange={setQ} placeholder="搜索名称或编号" className="places-search" />
          <Btn kind="secondary" className="places-import" loading={busy === 'import'} onClick={() => void doImport()}>
            导入表格
          </Btn>
          <Btn kind="secondary" className="places-export" loading={busy === 'export'} onClick={() => void doExport()}>
            导出表格
          </Btn>
          <Btn className="places-new" onClick={() => open({ kind: kind === 'all' ? 'estate' : kind })}>
            新增
          </Btn>
        </View>
        <Chips value={kind} options={FILTERS} onChange={setKind} chipClass="places-kind" />
        {problem ? <View className="alert-red places-problem">{problem}</View> : null}
        {exported ? (
          <View className="alert-blue places-exported">
            已导出 {exported.rows} 行。
            <Text className="places-download" onClick={() => void downloadFile(exported.fileId, '地址库.xlsx')}>
              再次下载 地址库.xlsx
            </Text>
          </View>
        ) : null}
        {imported ? <ImportResult name={imported.name} out={imported.out} onClose={() => setImported(null)} /> : null}
        <View className={`adm-split ${desk ? 'adm-split-desk' : ''}`}>
          <View className="adm-list-col">
            {list.loading && !list.data ? <Loading /> : null}
            {list.error ? <ErrorBox error={list.error} onRetry={list.reload} /> : null}
            {list.data ? (
              <Text className="adm-count">
                共 {items.length} 处{list.data.truncated ? '（只显示前面的，请搜索缩小范围）' : ''}
              </Text>
            ) : null}
            {list.data && !items.length ? <Empty text="没有符合条件的地址" /> : null}
            {desk ? (
              <DeskTable
                label="地址库"
                columns={PLACE_TABLE}
                rows={items}
                rowKey={(p) => p.id}
                openKey={editing?.row?.id ?? null}
                onOpen={(p) => open({ kind: p.kind, row: p })}
                rowClass={() => 'place-row'}
                rowData={(p) => ({ id: p.id })}
              />
            ) : (
              items.map((p) => (
                <View
                  key={p.id}
                  data-id={p.id}
                  className={`adm-row place-row ${editing && 'row' in editing && editing.row?.id === p.id ? 'is-selected' : ''}`}
                  onClick={() => open({ kind: p.kind, row: p })}
                >
                  <View className="adm-row-top">
                    <Text className="adm-row-name">{p.name}</Text>
                    <Text className="adm-tag">{KIND_OPTIONS.find((k) => k.value === p.kind)?.label}</Text>
                    <View className="adm-spacer" />
                    {p.kind === 'estate' ? (
                      <Text className={`adm-tag ${p.propertyCompanyName ? 'adm-tag-blue' : 'adm-tag-orange'}`}>
                        {p.propertyCompanyName ?? '无物业'}
                      </Text>
                    ) : null}
                  </View>
                  <Text className="adm-row-line">
                    {p.id}
                    {p.parentName ? ` · 属 ${p.parentName}` : ''}
                    {p.kind === 'building' && p.units.length ? ` · ${p.units.join('、')}` : ''}
                  </Text>
                </View>
              ))
            )}
          </View>
          {editing ? (
            <PlaceEditor
              key={`${editing.kind}:${editing.row?.id ?? 'new'}:${editing.row?.version ?? 0}`}
              editing={editing}
              refs={refs.data}
              onCancel={() => setEditing(null)}
              onSaved={reloadAll}
              onReload={async () => {
                await reloadAll()
                setEditing(null)
              }}
            />
          ) : (
            <View className="adm-editor places-help">
              <Text className="adm-editor-title">导入说明</Text>
              <Text className="block muted">
                先“导出表格”得到现有地址（每栋楼一行），在 Excel
                里增改后“导入表格”。编号相同的更新，新编号的新增；有错的行不会导入，并逐行说明原因。小区更换物业只影响新报事，在办工单可选择一并转给新物业。
              </Text>
            </View>
          )}
        </View>
      </View>
    </PageShell>
  )
}
