/**
 * 审核证明: the request with its materials' photos and deadline; the taps the table allows now
 * (受理, 一次性告知 with the type's materials as checkboxes, 通过并出证, 不予出证 with a reason,
 * 撤销, 承诺核查). Every button comes from the server's `actions`.
 */
import { Input, Text, Textarea, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { StaffRequestView } from '../../../../types/certificate'
import { formatTime, remainingText } from '../../../../types/china-time'
import { call, toApiError } from '../../../api'
import { Btn, ErrorBox, Loading, PageShell, PhotoGrid } from '../../../components'
import { CERT_ROUTES } from '../../../lib/certificates'
import { go } from '../../../lib/routes'
import { useLoad } from '../../../lib/use-load'

type Sheet = 'more' | 'refuse' | 'not_accept' | 'revoke' | 'reissue' | null
const REASON_OF: Record<string, string> = {
  refuse: '不予出证的原因',
  revoke: '撤销原因',
  reissue: '换发原因',
  not_accept: '不予受理的原因',
}
const ACTION_OF: Record<string, string> = {
  refuse: 'refuse',
  revoke: 'revoke',
  reissue: 'reissue',
  not_accept: 'notAccept',
}

export default function CertificateReview() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const detail = useLoad(() => call<StaffRequestView>('certificate', 'detail', { id }), [id], { skip: !id })
  const [sheet, setSheet] = useState<Sheet>(null)
  const [items, setItems] = useState<string[]>([])
  const [extra, setExtra] = useState('')
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  usePullDownRefresh(() => {
    void detail.reload().finally(() => Taro.stopPullDownRefresh())
  })
  const r = detail.data
  if (!id)
    return (
      <ErrorBox error={{ code: 'NOT_FOUND', message: '没有找到这条申请' }} onRetry={() => go(CERT_ROUTES.staffInbox)} />
    )

  const act = async (action: string, data: Record<string, unknown>, done: string) => {
    setBusy(action)
    setError(null)
    try {
      await call('certificate', action, { id, ...data })
      Taro.showToast({ title: done, icon: 'success' })
      setSheet(null)
      setReason('')
      setItems([])
      setExtra('')
      await detail.reload()
    } catch (e) {
      setError(toApiError(e).message)
    } finally {
      setBusy(null)
    }
  }
  const can = (a: string) => !!r?.actions.includes(a as StaffRequestView['actions'][number])
  const toggle = (name: string) =>
    setItems((list) => (list.includes(name) ? list.filter((x) => x !== name) : [...list, name]))
  const sendNotice = () => {
    const all = [...items, ...(extra.trim() ? [extra.trim()] : [])]
    if (!all.length) {
      setError('请勾选或填写需要补充的材料')
      return
    }
    if (r && r.supplementRounds > 0 && reason.trim().length < 2) {
      setError('已告知过一次：再次要求补充须写明原因')
      return
    }
    void act('requestMore', { items: all, ...(r && r.supplementRounds > 0 ? { reason: reason.trim() } : {}) }, '已告知')
  }

  return (
    <PageShell className="cert-review">
      {detail.loading && !r ? <Loading /> : null}
      {detail.error ? <ErrorBox error={detail.error} onRetry={detail.reload} /> : null}
      {r ? (
        <View>
          <View className="card">
            <View className="row between">
              <Text className="h1" style={{ margin: 0 }}>
                {r.typeName}
              </Text>
              <Text className={`status-tag ${r.overdue ? 'status-overdue' : 'status-open'} cert-status`}>
                {r.statusLabel}
              </Text>
            </View>
            <Text className="block muted small">
              {r.number} · 用途：{r.purpose} · 补正 {r.supplementRounds} 次
            </Text>
            {r.dueBy ? (
              <View className={r.overdue ? 'alert-red' : 'alert-blue'}>
                办结时限 {formatTime(r.dueBy)}（{remainingText(r.dueBy)}）
              </View>
            ) : r.clockPaused ? (
              <View className="alert-blue">等待居民补充材料，计时暂停</View>
            ) : null}
            {r.falsePledgeFlag ? <View className="alert-red">该居民有虚假承诺记录，请从严审核</View> : null}
            <View className="kv">
              <Text className="kv-key">申请人</Text>
              <Text className="kv-value">
                {r.applicantName}
                {r.proxyName ? `（网格员${r.proxyName}代办）` : ''}
              </Text>
            </View>
            <View className="kv">
              <Text className="kv-key">住址</Text>
              <Text className="kv-value">{r.addressLabel}</Text>
            </View>
            {r.idMasked ? (
              <View className="kv">
                <Text className="kv-key">身份证</Text>
                <Text className="kv-value">{r.idMasked}</Text>
              </View>
            ) : null}
            <Text className="field-label">材料照片（{r.materials.length}）</Text>
            <PhotoGrid urls={r.materials.map((m) => m.url)} className="cert-materials" />
          </View>

          {r.certificate ? (
            <View className="card">
              <Text className="field-label">已出具 · {r.certificate.statusLabel}</Text>
              <Text className="block">{r.certificate.wording}</Text>
              <Text className="block small muted">编号 {r.certificate.serialNo}</Text>
            </View>
          ) : null}

          {sheet === 'more' ? (
            <View className="card cert-notice">
              <Text className="field-label">一次性告知：勾选全部需补充的材料</Text>
              {r.typeMaterials.map((m) => (
                <Text
                  key={m.name}
                  className={`chip cert-notice-item${items.includes(m.name) ? ' chip-on' : ''}`}
                  onClick={() => toggle(m.name)}
                >
                  {items.includes(m.name) ? '☑' : '☐'} {m.name}
                </Text>
              ))}
              <Input
                className="input cert-notice-extra"
                value={extra}
                placeholder="其他需补充的材料（可选）"
                onInput={(e) => setExtra(e.detail.value)}
              />
              {r.supplementRounds > 0 ? (
                <Textarea
                  className="textarea"
                  value={reason}
                  placeholder="再次要求补充的原因（必填，计入补正次数）"
                  onInput={(e) => setReason(e.detail.value)}
                />
              ) : null}
              <Btn block className="cert-notice-send" loading={busy === 'requestMore'} onClick={sendNotice}>
                发送告知
              </Btn>
            </View>
          ) : null}

          {sheet && sheet !== 'more' ? (
            <View className="card">
              <Text className="field-label">{REASON_OF[sheet]}</Text>
              <Textarea
                className="textarea cert-reason"
                value={reason}
                placeholder="请写明原因（居民将看到）"
                onInput={(e) => setReason(e.detail.value)}
              />
              <Btn
                kind="danger"
                block
                className="cert-reason-send"
                loading={!!busy}
                onClick={() => void act(ACTION_OF[sheet], { reason: reason.trim() }, '已提交')}
              >
                确定
              </Btn>
            </View>
          ) : null}

          {error ? <View className="alert-red">{error}</View> : null}
          <View className="cert-actions">
            {can('accept') ? (
              <Btn
                block
                className="cert-accept"
                loading={busy === 'accept'}
                onClick={() => void act('accept', {}, '已受理')}
              >
                受理
              </Btn>
            ) : null}
            {can('approve') || can('countersign') ? (
              <Btn
                block
                className="cert-approve"
                loading={busy === 'approve'}
                onClick={() => void act('approve', {}, can('countersign') ? '已会签出证' : '已通过')}
              >
                {can('countersign') ? '街道会签并出证' : '审核通过并出证'}
              </Btn>
            ) : null}
            {can('request_more') ? (
              <Btn
                kind="secondary"
                block
                className="cert-more"
                onClick={() => setSheet(sheet === 'more' ? null : 'more')}
              >
                一次性告知补充材料
              </Btn>
            ) : null}
            {can('check_pass') ? (
              <Btn block onClick={() => void act('checkPledge', { result: 'passed' }, '核查属实')}>
                核查属实
              </Btn>
            ) : null}
            {can('check_fail') ? (
              <Btn kind="danger" block onClick={() => void act('checkPledge', { result: 'false' }, '已记录')}>
                虚假承诺
              </Btn>
            ) : null}
            {can('not_accept') ? (
              <Btn kind="danger" block onClick={() => setSheet('not_accept')}>
                不予受理
              </Btn>
            ) : null}
            {can('refuse') ? (
              <Btn kind="danger" block className="cert-refuse" onClick={() => setSheet('refuse')}>
                不予出证
              </Btn>
            ) : null}
            {can('reissue') ? (
              <Btn kind="secondary" block onClick={() => setSheet('reissue')}>
                换发新版本
              </Btn>
            ) : null}
            {can('revoke') ? (
              <Btn kind="danger" block className="cert-revoke" onClick={() => setSheet('revoke')}>
                撤销证明
              </Btn>
            ) : null}
          </View>

          <View className="card">
            <Text className="field-label">办理记录</Text>
            {r.timeline.map((e) => (
              <Text key={`${e.at}-${e.action}-${e.to}`} className="block small">
                {formatTime(e.at)} {e.label} · {e.byName}
                {e.items ? ` · ${e.items.join('、')}` : ''}
                {e.note ? ` · ${e.note}` : ''}
              </Text>
            ))}
          </View>
        </View>
      ) : null}
    </PageShell>
  )
}
