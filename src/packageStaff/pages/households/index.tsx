/**
 * 待核实住户 (household.pending): each pending binding of the caller's grid or community, with one tap
 * to approve and, to reject, a short reason the resident will read (household.verify).
 */
import { Text, Textarea, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { formatTime } from '../../../../types/china-time'
import type { PendingHouseholdView } from '../../../../types/household'
import { call, toApiError } from '../../../api'
import { AddressText, Btn, Empty, ErrorBox, Loading, PageShell } from '../../../components'
import { useLoad } from '../../../lib/use-load'

const REASONS = ['房号与底册不符', '姓名与底册不符', '不是本小区住户']

export default function PendingHouseholdsPage() {
  const list = useLoad(() => call<{ items: PendingHouseholdView[] }>('household', 'pending', {}), [], { skip: true })
  const [rejecting, setRejecting] = useState<string | null>(null)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  useDidShow(() => void list.reload())
  usePullDownRefresh(() => void list.reload().finally(() => Taro.stopPullDownRefresh()))

  const decide = async (id: string, decision: 'approve' | 'reject') => {
    if (decision === 'reject' && reason.trim().length < 2) {
      setError('不通过时请写明原因（至少2个字），住户会看到')
      return
    }
    setBusy(id)
    setError(null)
    try {
      await call('household', 'verify', { id, decision, ...(decision === 'reject' ? { reason: reason.trim() } : {}) })
      Taro.showToast({ title: decision === 'approve' ? '已核实' : '已告知住户', icon: 'success' })
      setRejecting(null)
      setReason('')
      await list.reload()
    } catch (e) {
      setError(toApiError(e).message)
      if (toApiError(e).code === 'CONFLICT' || toApiError(e).code === 'NOT_FOUND') await list.reload()
    } finally {
      setBusy(null)
    }
  }

  const items = list.data?.items ?? []
  return (
    <PageShell className="pending-households">
      <Text className="block muted" style={{ marginBottom: '20px', lineHeight: 1.5 }}>
        住户绑定住址后在这里等您核实。核实通过后，他们可以办证明、预约集市、评价物业。
      </Text>
      {list.loading && !list.data ? <Loading /> : null}
      {list.error ? <ErrorBox error={list.error} onRetry={list.reload} /> : null}
      {list.data && items.length === 0 ? <Empty text="没有待核实的住户" /> : null}
      {error ? <View className="alert-red pending-error">{error}</View> : null}
      {items.map((h) => (
        <View key={h.id} className="card pending-item" data-id={h.id}>
          <AddressText className="block pending-label" label={h.label} />
          <Text className="block" style={{ marginTop: '10px', fontSize: '1.1em', fontWeight: 'bold' }}>
            {h.name} · {h.relationLabel}
          </Text>
          <Text className="block muted small" style={{ marginTop: '6px' }}>
            {h.phone ? `电话 ${h.phone} · ` : ''}提交于 {formatTime(h.createdAt)}
          </Text>
          {rejecting === h.id ? (
            <View style={{ marginTop: '20px' }}>
              <Text className="field-label">不通过的原因（住户会看到）</Text>
              <View className="chips" style={{ margin: '0 0 12px' }}>
                {REASONS.map((r) => (
                  <Text key={r} className={`chip${reason === r ? ' chip-on' : ''}`} onClick={() => setReason(r)}>
                    {r}
                  </Text>
                ))}
              </View>
              <Textarea
                className="textarea reject-reason"
                maxlength={200}
                value={reason}
                placeholder="如：底册中该房号登记的不是您，请联系社区核对"
                onInput={(e) => setReason(e.detail.value)}
              />
              <View className="btn-row" style={{ marginTop: '20px' }}>
                <Btn kind="secondary" onClick={() => setRejecting(null)}>
                  取消
                </Btn>
                <Btn
                  kind="danger"
                  className="confirm-reject"
                  loading={busy === h.id}
                  onClick={() => void decide(h.id, 'reject')}
                >
                  确认不通过
                </Btn>
              </View>
            </View>
          ) : (
            <View className="btn-row" style={{ marginTop: '20px' }}>
              <Btn
                kind="danger"
                className="reject"
                onClick={() => {
                  setRejecting(h.id)
                  setReason('')
                  setError(null)
                }}
              >
                不通过
              </Btn>
              <Btn className="approve" loading={busy === h.id} onClick={() => void decide(h.id, 'approve')}>
                通过
              </Btn>
            </View>
          )}
        </View>
      ))}
    </PageShell>
  )
}
