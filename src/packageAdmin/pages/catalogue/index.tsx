/**
 * 证明目录 (admins): the types this street or community offers, edited in place (name, basis,
 * purposes, time limit, validity, on/off) or added from a copy. A type on the negative list
 * (民发〔2020〕20号) is refused by the server, and the refusal is shown with the circular it cites.
 */
import { Input, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { CertificateType, NegativeList } from '../../../../types/certificate'
import { MODE_LABEL, timeLimitText, validityText } from '../../../../types/certificate-labels'
import { call, toApiError } from '../../../api'
import { Btn, ErrorBox, Loading, PageShell, Switch } from '../../../components'
import { useLoad } from '../../../lib/use-load'

interface Listed {
  items: Array<{ type: CertificateType; updatedAt: string | null }>
  negativeLists: NegativeList[]
}

export default function CataloguePage() {
  const list = useLoad(() => call<Listed>('certificate', 'listTypes', {}))
  const [editing, setEditing] = useState<CertificateType | null>(null)
  const [purposes, setPurposes] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const edit = (t: CertificateType, asNew = false) => {
    setError(null)
    setEditing(asNew ? { ...t, code: '', name: '', active: false } : t)
    setPurposes(t.purposes.join('、'))
  }
  const set = (patch: Partial<CertificateType>) => setEditing((t) => (t ? { ...t, ...patch } : t))

  const save = async () => {
    if (!editing) return
    setBusy(true)
    setError(null)
    try {
      const type = {
        ...editing,
        purposes: purposes
          .split(/[、,，\s]+/)
          .map((p) => p.trim())
          .filter(Boolean),
      }
      await call('certificate', 'saveType', { type })
      Taro.showToast({ title: '已保存', icon: 'success' })
      setEditing(null)
      await list.reload()
    } catch (e) {
      setError(toApiError(e).message)
    } finally {
      setBusy(false)
    }
  }

  const national = list.data?.negativeLists ?? []
  return (
    <PageShell className="cert-catalogue">
      {list.loading && !list.data ? <Loading /> : null}
      {list.error ? <ErrorBox error={list.error} onRetry={list.reload} /> : null}
      {editing ? (
        <View className="card cert-editor">
          <Text className="field-label">证明名称</Text>
          <Input className="input cert-edit-name" value={editing.name} onInput={(e) => set({ name: e.detail.value })} />
          <Text className="field-label">类型代码（大写字母，如 JZZM）</Text>
          <Input
            className="input cert-edit-code"
            value={editing.code}
            onInput={(e) => set({ code: e.detail.value.toUpperCase() })}
          />
          <Text className="field-label">设定依据</Text>
          <Textarea
            className="textarea"
            value={editing.legalBasis}
            onInput={(e) => set({ legalBasis: e.detail.value })}
          />
          <Text className="field-label">办理用途（用顿号分隔）</Text>
          <Input className="input" value={purposes} onInput={(e) => setPurposes(e.detail.value)} />
          <Text className="field-label">承诺时限（工作日）</Text>
          <Input
            className="input"
            type="number"
            value={String(editing.timeLimit.days)}
            onInput={(e) => set({ timeLimit: { kind: 'workingDays', days: Number(e.detail.value) || 1 } })}
          />
          <View className="row between" style={{ marginTop: '16px' }}>
            <Text>启用（居民可申请）</Text>
            <Switch checked={editing.active} onChange={(v: boolean) => set({ active: v })} />
          </View>
          {error ? <View className="alert-red cert-save-error">{error}</View> : null}
          <View className="row" style={{ gap: '16px' }}>
            <Btn kind="secondary" onClick={() => setEditing(null)}>
              取消
            </Btn>
            <Btn className="grow cert-save" loading={busy} onClick={() => void save()}>
              保存
            </Btn>
          </View>
        </View>
      ) : null}

      {(list.data?.items ?? []).map(({ type: t }) => (
        <View key={`${t.jurisdictionId}:${t.code}`} className="card">
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
            <Btn kind="secondary" onClick={() => edit(t)}>
              编辑
            </Btn>
            <Btn kind="plain" className="cert-copy" onClick={() => edit(t, true)}>
              以此新增
            </Btn>
          </View>
        </View>
      ))}

      {national.map((l) => (
        <View key={l.scope} className="card">
          <Text className="field-label">负面清单（{l.circular}）：社区不得出具</Text>
          <Text className="block small muted">{l.items.map((i) => i.name).join('、')}</Text>
        </View>
      ))}
    </PageShell>
  )
}
