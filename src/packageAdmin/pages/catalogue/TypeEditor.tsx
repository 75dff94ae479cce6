/**
 * 证明目录's editor: name, code, basis, purposes, time limit and on/off of one type (or a new one
 * copied from it). The server refuses a type on the national negative list, with the circular.
 */
import { Input, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { CertificateType } from '../../../../types/certificate'
import { call, toApiError } from '../../../api'
import { Btn, Switch } from '../../../components'

export function TypeEditor(props: {
  type: CertificateType
  /** the version edited; absent for a new type */
  version?: number
  onCancel: () => void
  onDone: () => Promise<void>
  /** at a desk: start a new type from this one */
  onCopy?: () => void
}) {
  const [editing, setEditing] = useState<CertificateType>(props.type)
  const [purposes, setPurposes] = useState(props.type.purposes.join('、'))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const set = (patch: Partial<CertificateType>) => setEditing((t) => ({ ...t, ...patch }))

  const save = async () => {
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
      await call('certificate', 'saveType', { type, expectedVersion: props.version })
      Taro.showToast({ title: '已保存', icon: 'success' })
      await props.onDone()
    } catch (e) {
      setError(toApiError(e).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="adm-editor cert-editor">
      <Text className="adm-editor-title">{props.type.code ? `编辑：${props.type.name}` : '新增证明类型'}</Text>
      <Text className="field-label">证明名称</Text>
      <Input className="input cert-edit-name" value={editing.name} onInput={(e) => set({ name: e.detail.value })} />
      <Text className="field-label">类型代码（大写字母，如 JZZM）</Text>
      <Input
        className="input cert-edit-code"
        value={editing.code}
        onInput={(e) => set({ code: e.detail.value.toUpperCase() })}
      />
      <Text className="field-label">设定依据</Text>
      <Textarea className="textarea" value={editing.legalBasis} onInput={(e) => set({ legalBasis: e.detail.value })} />
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
        <Btn kind="secondary" onClick={props.onCancel}>
          取消
        </Btn>
        <Btn className="grow cert-save" loading={busy} onClick={() => void save()}>
          保存
        </Btn>
      </View>
      {props.onCopy ? (
        <Btn kind="plain" block className="cert-copy" onClick={props.onCopy}>
          以此新增
        </Btn>
      ) : null}
    </View>
  )
}
