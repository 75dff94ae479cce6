/**
 * 我的预约: each booking with its check-in QR, large enough to scan from an elder's phone; a
 * waiting-list place with its position; an offer with its countdown and an accept button; cancel.
 */
import { Image, Text, View } from '@tarojs/components'
import Taro, { useDidHide, useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { formatDeadline } from '../../../../types/china-time'
import type { MineOutput, MyItem } from '../../../../types/market'
import { MY_BOOKING_LABEL } from '../../../../types/market-labels'
import { type ApiError, call, toApiError } from '../../../api'
import { Btn, Empty, ErrorBox, Loading, PageShell } from '../../../components'
import { IS_WEAPP, MARKET_TEMPLATE_IDS } from '../../../lib/env'
import { checkinQr, countdown, dayLabel, MARKET_ROUTES, slotTime } from '../../../lib/market'
import { marketTemplatesFor } from '../../../lib/market-templates'
import { go } from '../../../lib/routes'
import './index.scss'

const ACTIVE = ['confirmed', 'offered', 'waitlisted']

export default function MyBookingsPage() {
  const [data, setData] = useState<MineOutput | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [now, setNow] = useState(Date.now())
  const [ticking, setTicking] = useState(true)

  const load = async () => {
    setError(null)
    try {
      setData(await call<MineOutput>('market', 'mine', {}))
    } catch (e) {
      setError(toApiError(e))
    }
  }
  useDidShow(() => {
    setTicking(true)
    void load()
  })
  useDidHide(() => setTicking(false))
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()))
  useEffect(() => {
    if (!ticking) return
    const t = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(t)
  }, [ticking])

  const act = async (item: MyItem, action: 'cancel' | 'acceptOffer') => {
    if (action === 'cancel') {
      const late = Date.parse(item.startsAt) - Date.now() < 2 * 3_600_000
      const ok = await Taro.showModal({
        title: item.status === 'waitlisted' ? '退出候补？' : '取消预约？',
        content:
          late && item.status === 'confirmed'
            ? '距开始已不足2小时，取消将记为临时取消。'
            : '取消后名额会让给候补的居民。',
        confirmText: '确定取消',
        cancelText: '再想想',
      })
      if (!ok.confirm) return
    }
    setBusy(item.id)
    try {
      const tmplIds = action === 'acceptOffer' ? marketTemplatesFor('acceptOffer', MARKET_TEMPLATE_IDS) : []
      if (IS_WEAPP && tmplIds.length) {
        // the seat's confirmation, reminder and a cancellation by the organiser: asked at this tap
        await Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option).catch(() => undefined)
      }
      await call('market', action, { id: item.id })
      Taro.showToast({ title: action === 'cancel' ? '已取消' : '已确认，请按时到场', icon: 'success' })
    } catch (e) {
      await Taro.showModal({ title: '未能完成', content: toApiError(e).message, showCancel: false })
    } finally {
      setBusy(null)
      void load()
    }
  }

  const items = data?.items.filter((i) => ACTIVE.includes(i.status) || Date.parse(i.endsAt) > now - 86_400_000) ?? []
  return (
    <PageShell className="market-mine">
      {error ? <ErrorBox error={error} onRetry={() => void load()} /> : null}
      {!data && !error ? <Loading /> : null}
      {data?.frozenUntil ? (
        <View className="alert-red">
          近90天内3次预约未到场，线上预约暂停到 {formatDeadline(data.frozenUntil)}。如有特殊情况请联系社区。
        </View>
      ) : null}
      {data && items.length === 0 ? (
        <Empty text="您还没有集市预约" actionText="去预约" onAction={() => go(MARKET_ROUTES.market)} />
      ) : null}
      {items.map((i) => (
        <View key={i.id} className={`card booking booking-${i.status}`} data-id={i.id}>
          <View className="row between">
            <Text className="booking-head">
              {i.stallName} {slotTime(i)}
            </Text>
            <Text
              className={`status-tag ${i.status === 'confirmed' ? 'status-fixed' : i.status === 'offered' ? 'status-warn' : i.status === 'waitlisted' ? 'status-open' : 'status-closed'}`}
            >
              {MY_BOOKING_LABEL[i.status]}
            </Text>
          </View>
          <Text className="block muted">
            {dayLabel(i.startsAt)} · {i.marketTitle} · {i.venue}
          </Text>
          {i.proxyStaffName ? <Text className="block muted small">网格员{i.proxyStaffName}代约</Text> : null}
          {i.status === 'confirmed' && i.checkinCode ? (
            <>
              <Image className="booking-qr" src={checkinQr(i.checkinCode)} mode="aspectFit" />
              <Text className="booking-code muted small">到场请出示此码给志愿者扫码</Text>
            </>
          ) : null}
          {i.status === 'waitlisted' ? <Text className="wait-position">候补第 {i.position} 位</Text> : null}
          {i.status === 'offered' && i.offerExpiresAt ? (
            <View className="offer-box">
              <Text className="offer-countdown">{countdown(i.offerExpiresAt, now) || '确认时间已过'}</Text>
              <Text className="block">
                有空位了！请在 {formatDeadline(i.offerExpiresAt)} 前确认，过时名额让给下一位。
              </Text>
              <Btn block className="accept-offer" loading={busy === i.id} onClick={() => void act(i, 'acceptOffer')}>
                确认预约
              </Btn>
            </View>
          ) : null}
          {i.status === 'cancelled' && i.late ? (
            <Text className="block muted small">临时取消（开始前2小时内）</Text>
          ) : null}
          {ACTIVE.includes(i.status) ? (
            <Btn
              kind="danger"
              block
              className="cancel-booking"
              loading={busy === i.id}
              onClick={() => void act(i, 'cancel')}
            >
              {i.status === 'waitlisted' ? '退出候补' : i.status === 'offered' ? '放弃名额' : '取消预约'}
            </Btn>
          ) : null}
        </View>
      ))}
    </PageShell>
  )
}
