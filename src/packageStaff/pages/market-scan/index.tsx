/**
 * 扫码核销 for volunteers and staff: pick the market (and the stall, when scanning at one), scan the
 * resident's code (Taro.scanCode in the mini-program; on H5 paste the code), and see a big coloured
 * result with the masked name. Below: the attendance list, and a walk-in button per slot.
 */
import { Text, Textarea, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { AttendanceOutput, CheckinOutput, ListOutput } from '../../../../types/market'
import { CHECKIN_RESULT_LABEL, MY_BOOKING_LABEL } from '../../../../types/market-labels'
import { type ApiError, call, toApiError } from '../../../api'
import { Btn, Empty, ErrorBox, Loading, PageShell } from '../../../components'
import { dayLabel, newRequestId, slotTime } from '../../../lib/market'
import './index.scss'

const TONE: Record<CheckinOutput['result'], string> = {
  ok: 'scan-ok',
  already_redeemed: 'scan-warn',
  invalid_time: 'scan-warn',
  wrong_stall: 'scan-warn',
  cancelled: 'scan-bad',
  invalid: 'scan-bad',
}

export default function MarketScanPage() {
  const [markets, setMarkets] = useState<ListOutput['items'] | null>(null)
  const [marketId, setMarketId] = useState('')
  const [stallId, setStallId] = useState('')
  const [attendance, setAttendance] = useState<AttendanceOutput | null>(null)
  const [code, setCode] = useState('')
  const [result, setResult] = useState<CheckinOutput | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)

  const loadAttendance = async (id: string) => {
    if (id) setAttendance(await call<AttendanceOutput>('market', 'attendance', { marketId: id }))
  }
  const load = async () => {
    setError(null)
    try {
      const out = await call<ListOutput>('market', 'list', {})
      const open = out.items.filter((m) => m.status === 'published')
      setMarkets(open)
      const id = marketId || open[0]?.id || ''
      setMarketId(id)
      await loadAttendance(id)
    } catch (e) {
      setError(toApiError(e))
    }
  }
  useDidShow(() => void load())

  const submit = async (scanned: string) => {
    if (!scanned.trim() || busy) return
    setBusy(true)
    try {
      // one nonce per scan: a retry after a lost reply checks in once
      const out = await call<CheckinOutput>('market', 'checkin', {
        code: scanned.trim(),
        nonce: newRequestId('scan'),
        ...(stallId ? { stallId } : {}),
      })
      setResult(out)
      setCode('')
      void loadAttendance(marketId)
    } catch (e) {
      await Taro.showModal({ title: '核销失败', content: toApiError(e).message, showCancel: false })
    } finally {
      setBusy(false)
    }
  }

  const scan = async () => {
    if (process.env.TARO_ENV !== 'weapp') return
    try {
      const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
      await submit(res.result)
    } catch {
      // the volunteer closed the camera
    }
  }

  const walkIn = async (slotId: string) => {
    try {
      await call('market', 'walkIn', { requestId: newRequestId('walk'), slotId })
      Taro.showToast({ title: '已登记现场人员', icon: 'success' })
      void loadAttendance(marketId)
    } catch (e) {
      await Taro.showModal({ title: '未能登记', content: toApiError(e).message, showCancel: false })
    }
  }

  const stalls = attendance?.stalls ?? []
  return (
    <PageShell className="market-scan">
      {error ? <ErrorBox error={error} onRetry={() => void load()} /> : null}
      {!markets && !error ? <Loading /> : null}
      {markets && markets.length === 0 ? <Empty text="您负责的社区近期没有集市" /> : null}
      {markets && markets.length > 0 ? (
        <>
          <View className="chips">
            {markets.map((m) => (
              <Text
                key={m.id}
                className={`chip${m.id === marketId ? ' chip-on' : ''}`}
                onClick={() => {
                  setMarketId(m.id)
                  setStallId('')
                  void loadAttendance(m.id)
                }}
              >
                {dayLabel(m.opensAt)} {m.title}
              </Text>
            ))}
          </View>
          <View className="chips">
            <Text className={`chip${stallId === '' ? ' chip-on' : ''}`} onClick={() => setStallId('')}>
              全部摊位
            </Text>
            {stalls.map((s) => (
              <Text
                key={s.stallId}
                className={`chip${stallId === s.stallId ? ' chip-on' : ''}`}
                onClick={() => setStallId(s.stallId)}
              >
                {s.stallName}
              </Text>
            ))}
          </View>
          {process.env.TARO_ENV === 'weapp' ? (
            <Btn block className="scan-camera" loading={busy} onClick={() => void scan()}>
              扫码核销
            </Btn>
          ) : (
            <View className="field">
              <Text className="field-label">粘贴或输入预约码</Text>
              <Textarea
                className="textarea scan-code"
                value={code}
                maxlength={100}
                placeholder="bk…"
                onInput={(e) => setCode(e.detail.value)}
              />
              <Btn block className="scan-submit" loading={busy} onClick={() => void submit(code)}>
                核销
              </Btn>
            </View>
          )}
          {result ? (
            <View className={`scan-result ${TONE[result.result]}`} data-result={result.result}>
              <Text className="scan-result-text">{CHECKIN_RESULT_LABEL[result.result]}</Text>
              {result.name ? (
                <Text className="scan-result-name">
                  {result.name} · {result.stallName} {result.startsAt && result.endsAt ? slotTime(result as never) : ''}
                </Text>
              ) : null}
            </View>
          ) : null}
          {attendance ? (
            <View className="card attendance">
              <Text className="h2">
                到场 {attendance.totals.checkedIn} / 预约 {attendance.totals.booked} · 现场 {attendance.totals.walkIns}
              </Text>
              {stalls
                .filter((s) => !stallId || s.stallId === stallId)
                .map((s) => (
                  <View key={s.stallId}>
                    <Text className="block" style={{ fontWeight: 'bold', marginTop: '16px' }}>
                      {s.stallName}
                    </Text>
                    {s.slots.map((sl) => (
                      <View key={sl.slotId} className="attendance-slot">
                        <View className="attendance-row">
                          <Text>
                            {slotTime(sl)} 预约{sl.booked} 现场{sl.walkIns}
                          </Text>
                          <Text className="chip" onClick={() => void walkIn(sl.slotId)}>
                            +现场
                          </Text>
                        </View>
                        {sl.people.map((p) => (
                          <View key={p.id} className="attendance-row muted">
                            <Text>
                              {p.name}
                              {p.proxy ? '（代约）' : ''}
                            </Text>
                            <Text>{MY_BOOKING_LABEL[p.status]}</Text>
                          </View>
                        ))}
                      </View>
                    ))}
                  </View>
                ))}
            </View>
          ) : null}
        </>
      ) : null}
    </PageShell>
  )
}
