/**
 * 证明目录 (admins): the types this street or community offers, edited (name, basis, purposes, time
 * limit, on/off) or added from a copy. At a desk (≥ 1024 px) the types are a table with the editor
 * beside it; on a phone, cards with the editor above. A type on the negative list (民发〔2020〕20号)
 * is refused by the server, and the refusal is shown with the circular it cites.
 */
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { CertificateType, NegativeList } from '../../../../types/certificate'
import { MODE_LABEL, timeLimitText, validityText } from '../../../../types/certificate-labels'
import { call } from '../../../api'
import { Btn, Empty, ErrorBox, Loading, PageShell } from '../../../components'
import { useLoad } from '../../../lib/use-load'
import { useDeskLayout } from '../../../lib/use-window-width'
import { DeskTable } from '../../shared/DeskTable'
import { TypeEditor } from './TypeEditor'
import { TYPE_TABLE, type TypeRow } from './type-columns'
import '../../shared/admin.scss'

interface Listed {
  items: TypeRow[]
  negativeLists: NegativeList[]
}

const keyOf = (t: CertificateType) => `${t.jurisdictionId}:${t.code}`

export default function CataloguePage() {
  const list = useLoad(() => call<Listed>('certificate', 'listTypes', {}))
  /** the type in the editor at the version edited; no version: a new type (a copy of another) */
  const [editing, setEditing] = useState<{ type: CertificateType; version?: number } | null>(null)
  const openKey = editing?.version === undefined ? null : keyOf(editing.type)
  const desk = useDeskLayout()
  /** edits a type at its version, or without one starts a new type from a copy of it */
  const edit = (t: CertificateType, version?: number) => {
    setEditing(version === undefined ? { type: { ...t, code: '', name: '', active: false } } : { type: t, version })
    // on a phone the editor is above the list; at a desk it stays beside it
    if (!desk) Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }
  const items = list.data?.items ?? []
  const national = list.data?.negativeLists ?? []

  return (
    <PageShell className="adm-page cert-catalogue">
      <View className="adm-wrap">
        <View className={`adm-split ${desk ? 'adm-split-desk' : ''}`}>
          <View className="adm-list-col">
            {list.loading && !list.data ? <Loading /> : null}
            {list.error ? <ErrorBox error={list.error} onRetry={list.reload} /> : null}
            {list.data && !items.length ? <Empty text="还没有证明类型" /> : null}
            {desk ? (
              <DeskTable
                label="证明目录"
                columns={TYPE_TABLE}
                rows={items}
                rowKey={(r) => keyOf(r.type)}
                openKey={openKey}
                onOpen={(r) => edit(r.type, r.version)}
                rowClass={() => 'cert-type-row'}
                rowData={(r) => ({ code: r.type.code })}
              />
            ) : (
              items.map((row) => {
                const t = row.type
                return (
                  <View key={keyOf(t)} data-code={t.code} className="card cert-type-row">
                    <View className="row between">
                      <Text style={{ fontWeight: 'bold' }}>
                        {t.name}（{t.code}）
                      </Text>
                      <Text className={`status-tag ${t.active ? 'status-open' : 'status-closed'}`}>
                        {t.active ? '已启用' : '未启用'}
                      </Text>
                    </View>
                    <Text className="block muted small">
                      {MODE_LABEL[t.mode]} · {timeLimitText(t.timeLimit)} · {validityText(t.validityDays)}
                    </Text>
                    <View className="row" style={{ gap: '16px' }}>
                      <Btn kind="secondary" onClick={() => edit(row.type, row.version)}>
                        编辑
                      </Btn>
                      <Btn kind="plain" className="cert-copy" onClick={() => edit(row.type)}>
                        以此新增
                      </Btn>
                    </View>
                  </View>
                )
              })
            )}
            {national.map((l) => (
              <View key={l.scope} className="card cert-negative-list">
                <Text className="field-label">负面清单（{l.circular}）：社区不得出具</Text>
                <Text className="block small muted">{l.items.map((i) => i.name).join('、')}</Text>
              </View>
            ))}
          </View>
          {editing ? (
            <TypeEditor
              key={openKey ?? 'new'}
              type={editing.type}
              version={editing.version}
              onCancel={() => setEditing(null)}
              onDone={async () => {
                setEditing(null)
                await list.reload()
              }}
              onCopy={desk && openKey ? () => edit(editing.type) : undefined}
            />
          ) : (
            <View className="adm-editor adm-help-desk">
              <Text className="adm-editor-title">说明</Text>
              <Text className="block muted">
                点一行修改证明的名称、依据、用途、时限或启用状态；“以此新增”复制一项作为新的证明类型。负面清单上的证明社区不得出具，保存时会被拒绝。
              </Text>
            </View>
          )}
        </View>
      </View>
    </PageShell>
  )
}
