/** 物业与部门: the street's property companies and departments, each with contacts and a weekday 值班表. */
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { EditableOrgKind, OrgRow } from '../../../../types/admin-places'
import { Btn, Empty, ErrorBox, Loading, PageShell } from '../../../components'
import { useLoad } from '../../../lib/use-load'
import { useDeskLayout } from '../../../lib/use-window-width'
import { admin } from '../../shared/api'
import { DeskTable } from '../../shared/DeskTable'
import { Chips, SearchBar } from '../../shared/fields'
import { OrgEditor } from './OrgEditor'
import { ORG_TABLE } from './org-columns'
import '../../shared/admin.scss'
import './index.scss'

type Filter = EditableOrgKind | 'all'
const FILTERS: Array<{ value: Filter; label: string }> = [
  { value: 'all', label: '全部' },
  { value: 'property', label: '物业公司' },
  { value: 'department', label: '职能部门' },
]

export default function OrgsPage() {
  const [q, setQ] = useState('')
  const [kind, setKind] = useState<Filter>('all')
  const list = useLoad(
    () => admin<{ items: OrgRow[] }>('orgs', { q: q.trim() || undefined, kind: kind === 'all' ? undefined : kind }),
    [q, kind],
  )
  const [editing, setEditing] = useState<{ row: OrgRow | null } | null>(null)
  const desk = useDeskLayout()
  const open = (row: OrgRow | null) => {
    setEditing({ row })
    // on a phone the editor is above the list; at a desk it stays beside it
    if (!desk) Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }
  const items = list.data?.items ?? []
  return (
    <PageShell className="adm-page orgs-page">
      <View className="adm-wrap">
        <View className="adm-toolbar">
          <SearchBar value={q} onChange={setQ} placeholder="搜索单位名称或编号" className="orgs-search" />
          <Btn className="orgs-new" onClick={() => open(null)}>
            新增单位
          </Btn>
        </View>
        <Chips value={kind} options={FILTERS} onChange={setKind} />
        <View className={`adm-split ${desk ? 'adm-split-desk' : ''}`}>
          <View className="adm-list-col">
            {list.loading && !list.data ? <Loading /> : null}
            {list.error ? <ErrorBox error={list.error} onRetry={list.reload} /> : null}
            {list.data && !items.length ? <Empty text="没有符合条件的单位" /> : null}
            {desk ? (
              <DeskTable
                label="物业与部门"
                columns={ORG_TABLE}
                rows={items}
                rowKey={(o) => o.id}
                openKey={editing?.row?.id ?? null}
                onOpen={open}
                rowClass={() => 'org-row'}
                rowData={(o) => ({ id: o.id })}
              />
            ) : (
              items.map((o) => (
                <View
                  key={o.id}
                  data-id={o.id}
                  className={`adm-row org-row ${editing?.row?.id === o.id ? 'is-selected' : ''}`}
                  onClick={() => open(o)}
                >
                  <View className="adm-row-top">
                    <Text className="adm-row-name">{o.name}</Text>
                    <Text className={`adm-tag ${o.kind === 'property' ? 'adm-tag-blue' : 'adm-tag-green'}`}>
                      {o.kind === 'property' ? '物业公司' : '职能部门'}
                    </Text>
                  </View>
                  <Text className="adm-row-line">
                    {o.phone ?? '未填电话'} · 联系人 {o.contacts.length} 位 · 值班 {o.duty.length} 条
                    {o.estates.length ? ` · 服务 ${o.estates.map((e) => e.name).join('、')}` : ''}
                  </Text>
                </View>
              ))
            )}
          </View>
          {editing ? (
            <OrgEditor
              key={`${editing.row?.id ?? 'new'}:${editing.row?.version ?? 0}`}
              row={editing.row}
              onCancel={() => setEditing(null)}
              onDone={async () => {
                setEditing(null)
                await list.reload()
              }}
            />
          ) : (
            <View className="adm-editor adm-help-desk orgs-help">
              <Text className="adm-editor-title">说明</Text>
              <Text className="block muted">
                点一个单位修改电话、联系人和值班表。值班表按星期填写，居民与工作人员紧急时可按表联系。
              </Text>
            </View>
          )}
        </View>
      </View>
    </PageShell>
  )
}
