/**
 * 民生集市 for residents: the market card, then each stall with its slot times and seats left
 * (余2 / 已满 可候补); one tap books, or joins the waiting list when full. Times in China time.
 */
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { BookOutput, DetailOutput, ListOutput, SlotView } from '../../../types/market'
import { seatsLabel } from '../../../types/market-labels'
import { type ApiError, call, toApiError } from '../../api'
import { Btn, Empty, ErrorBox, Loading, PageShell } from '../../components'
import { IS_WEAPP, MARKET_TEMPLATE_IDS } from '../../lib/env'
import { dayLabel, MARKET_ROUTES, newRequestId, slotTime } from '../../lib/market'
import { marketTemplatesFor } from '../../lib/market-templates'
import { go, ROUTES, withQuery } from '../../lib/routes'
import './index.scss'

export default function MarketPage() {
  const router = useRouter()
  const [list, setList] = useState<ListOutput['items'] | null>(null)
  const [detail, setDetail] = useState<DetailOutput | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [busySlot, setBusySlot] = useState<string | null>(null)

  const load = async () => {
    setError(null)
    try {
      const out = await call<ListOutput>('market', 'list', {})
      setList(out.items)
      const id = router.params.id || out.items[0]?.id
      setDetail(id ? await call<DetailOutput>('market', 'detail', { id }) : null)
    } catch (e) {
      setError(toApiError(e))
    }
  }
  useDidShow(() => void load())
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()))

  const book = async (slot: SlotView, stallName: string) => {
    if (busySlot) return
    setBusySlot(slot.id)
    try {
      const tmplIds = marketTemplatesFor(slot.available > 0 ? 'book' : 'waitlist', MARKET_TEMPLATE_IDS)
      if (IS_WEAPP && tmplIds.length) {
        // one-time consent, asked at this tap (at most 3); a refusal does not stop the booking
        await Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option).catch(() => undefined)
      }
      const out = await call<BookOutput>('market', 'book', { requestId: newRequestId(), slotId: slot.id })
      const text =
        out.status === 'confirmed'
          ? `已预约 ${stallName} ${slotTime(slot)}，请到“我的预约”出示预约码`
          : `该时段已满，您已候补第 ${out.position} 位；有空位时会通知您确认`
      await Taro.showModal({
        title: out.status === 'confirmed' ? '预约成功' : '已加入候补',
        content: text,
        confirmText: '我的预约',
        cancelText: '留在这里',
      }).then((r) => (r.confirm ? go(MARKET_ROUTES.mine) : load()))
    } catch (e) {
      await Taro.showModal({ title: '未能预约', content: toApiError(e).message, showCancel: false })
      void load()
    } finally {
      setBusySlot(null)
    }
  }

  const now = Date.now()
  return (
    <PageShell className="market-page">
      {error ? <ErrorBox error={error} onRetry={() => void load()} /> : null}
      {!list && !error ? <Loading /> : null}
      {list && list.length === 0 ? (
        <Empty text="近期没有可预约的民生集市" actionText="返回办事" onAction={() => go(ROUTES.services)} />
      ) : null}
      {list && list.length > 1 ? (
        <View className="chips">
          {list.map((m) => (
            <Text
              key={m.id}
              className={`chip${detail?.id === m.id ? ' chip-on' : ''}`}
              onClick={() => go(withQuery(MARKET_ROUTES.market, { id: m.id }))}
            >
              {dayLabel(m.opensAt)}
            </Text>
          ))}
        </View>
      ) : null}
      {detail ? (
        <>
          <View className="card market-card">
            <Text className="block market-title">{detail.title}</Text>
            <Text className="block">
              {dayLabel(detail.opensAt)} {slotTime({ startsAt: detail.opensAt, endsAt: detail.closesAt })}
            </Text>
            <Text className="block muted">{detail.venue}</Text>
            {detail.status === 'cancelled' ? (
              <Text className="block alert-red">集市已取消：{detail.cancelReason}</Text>
            ) : (
              <Text className="block muted small">每个时段留有现场名额，给不方便用手机的长辈</Text>
            )}
          </View>
          <Btn kind="secondary" block className="market-mine-link" onClick={() => go(MARKET_ROUTES.mine)}>
            我的预约
          </Btn>
          {detail.stalls.map((st) => (
            <View key={st.id} className="card stall">
              <Text className="block stall-name">{st.name}</Text>
              {st.provider ? <Text className="block muted small">{st.provider}</Text> : null}
              <View className="slots">
                {st.slots.map((s) => {
                  const past = Date.parse(s.startsAt) <= now
                  const full = s.available === 0
                  return (
                    <View
                      key={s.id}
                      className={`slot${full ? ' slot-full' : ''}${past ? ' slot-past' : ''}`}
                      data-slot={s.id}
                      onClick={() => (!past && detail.status === 'published' ? void book(s, st.name) : undefined)}
                    >
                      <Text className="slot-time">{slotTime(s)}</Text>
                      <Text className="slot-seats">
                        {busySlot === s.id ? '预约中…' : past ? '已开始' : seatsLabel(s.available)}
                      </Text>
                      {full && s.waitlist > 0 && !past ? (
                        <Text className="block muted small">{s.waitlist}人候补</Text>
                      ) : null}
                    </View>
                  )
                })}
              </View>
            </View>
          ))}
        </>
      ) : null}
    </PageShell>
  )
}
