/**
 * 民生集市 for community and street admins: the markets in scope with publish and cancel, the
 * statistics (fill rate, no-show rate, waiting-list conversion, stall utilisation), and an editor
 * that cuts each stall's hours into slots of N minutes with capacity C.
 */
import { Input, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { ListOutput, SaveInput, StatsOutput } from '../../../../types/market'
import { MARKET_STATUS_LABEL } from '../../../../types/market-labels'
import { bookableOf, cutSlots } from '../../../../types/market-slots'
import { type ApiError, call, toApiError } from '../../../api'
import { Btn, Empty, ErrorBox, Loading, PageShell } from '../../../components'
import { dayLabel, slotTime } from '../../../lib/market'

const pct = (r: number) => `${Math.round(r * 100)}%`
const china = (date: string, hhmm: string) => `${date}T${hhmm}:00+08:00`

interface Draft {
  title: string
  venue: string
  date: string
  opens: string
  closes: string
  minutes: string
  capacity: string
  walkInPercent: string
  stalls: string
}

const EMPTY: Draft = {
  title: '民生集市',
  venue: '社区党群服务中心广场',
  date: '',
  opens: '09:00',
  closes: '11:30',
  minutes: '30',
  capacity: '6',
  walkInPercent: '33',
  stalls: '义剪,义诊,磨刀,家电维修,法律咨询',
}

/** The editor's fields as a `market.save` input: every stall cut into slots of N minutes. */
function toSaveInput(d: Draft): SaveInput {
  const opensAt = china(d.date, d.opens)
  const closesAt = china(d.date, d.closes)
  const slots = cutSlots(
    new Date(opensAt).toISOString(),
    new Date(closesAt).toISOString(),
    Number(d.minutes),
    Number(d.capacity),
  )
  return {
    title: d.title,
    venue: d.venue,
    date: d.date,
    opensAt,
    closesAt,
    bookingOpensAt: new Date().toISOString(),
    bookingClosesAt: closesAt,
    walkInShare: Number(d.walkInPercent) / 100,
    stalls: d.stalls
      .split(/[,，、\s]+/)
      .filter(Boolean)
      .map((name) => ({ name, category: name, slots })),
  }
}

export default function MarketAdminPage() {
  const [markets, setMarkets] = useState<ListOutput['items'] | null>(null)
  const [stats, setStats] = useState<Record<string, StatsOutput>>({})
  const [error, setError] = useState<ApiError | null>(null)
  const [draft, setDraft] = useState<Draft | null>(null)
  const [busy, setBusy] = useState(false)

  const load = async () => {
    setError(null)
    try {
      setMarkets((await call<ListOutput>('market', 'list', {})).items)
    } catch (e) {
      setError(toApiError(e))
    }
  }
  useDidShow(() => void load())

  const run = async (what: string, fn: () => Promise<unknown>) => {
    setBusy(true)
    try {
      await fn()
      Taro.showToast({ title: what, icon: 'success' })
      await load()
    } catch (e) {
      await Taro.showModal({ title: '未能完成', content: toApiError(e).message, showCancel: false })
    } finally {
      setBusy(false)
    }
  }

  const cancelMarket = async (id: string) => {
    const res = (await Taro.showModal({
      title: '取消集市',
      content: '',
      editable: true,
      placeholderText: '请写明取消原因（会通知所有预约居民）',
    } as never)) as {
      confirm: boolean
      content?: string
    }
    if (res.confirm && res.content)
      await run('已取消并通知居民', () => call('market', 'cancelMarket', { id, reason: res.content }))
  }

  const showStats = async (id: string) => {
    try {
      const s = await call<StatsOutput>('market', 'stats', { id })
      setStats((all) => ({ ...all, [id]: s }))
    } catch (e) {
      setError(toApiError(e))
    }
  }

  const field = (key: keyof Draft, label: string, type: 'text' | 'number' = 'text') => (
    <View className="field">
      <Text className="field-label">{label}</Text>
      <Input
        className={`input market-${key}`}
        type={type}
        value={draft?.[key] ?? ''}
        onInput={(e) => setDraft((d) => ({ ...(d ?? EMPTY), [key]: e.detail.value }))}
      />
    </View>
  )

  let preview = ''
  if (draft?.date && /^\d{4}-\d{2}-\d{2}$/.test(draft.date)) {
    try {
      const input = toSaveInput(draft)
      const slots = input.stalls[0]?.slots ?? []
      const cap = Number(draft.capacity)
      preview = `${input.stalls.length}个摊位 × ${slots.length}个时段，每段${cap}人（线上${bookableOf(cap, input.walkInShare)}人，其余留给现场）`
    } catch {
      preview = '时段设置有误'
    }
  }

  return (
    <PageShell className="market-admin">
      {error ? <ErrorBox error={error} onRetry={() => void load()} /> : null}
      {!markets && !error ? <Loading /> : null}
      {draft ? (
        <View className="card market-editor">
          <Text className="h2">新建集市</Text>
          {field('title', '集市名称')}
          {field('venue', '地点')}
          {field('date', '日期（如 2026-12-05）')}
          {field('opens', '开始时间（北京时间）')}
          {field('closes', '结束时间')}
          {field('minutes', '每个时段（分钟）', 'number')}
          {field('capacity', '每个时段人数', 'number')}
          {field('walkInPercent', '现场名额比例（%）', 'number')}
          {field('stalls', '摊位（用逗号分开）')}
          {preview ? <Text className="block alert-blue">{preview}</Text> : null}
          <View className="btn-row">
            <Btn kind="plain" onClick={() => setDraft(null)}>
              取消
            </Btn>
            <Btn
              loading={busy}
              className="market-save"
              onClick={() =>
                void run('已保存为草稿', async () => {
                  await call('market', 'save', toSaveInput(draft))
                  setDraft(null)
                })
              }
            >
              保存草稿
            </Btn>
          </View>
        </View>
      ) : (
        <Btn block className="market-new" onClick={() => setDraft(EMPTY)}>
          新建集市
        </Btn>
      )}
      {markets && markets.length === 0 ? <Empty text="还没有集市" /> : null}
      {markets?.map((m) => {
        const s = stats[m.id]
        return (
          <View key={m.id} className="card market-row" data-id={m.id}>
            <View className="row between">
              <Text style={{ fontWeight: 'bold' }}>{m.title}</Text>
              <Text className="status-tag status-open">{MARKET_STATUS_LABEL[m.status]}</Text>
            </View>
            <Text className="block muted">
              {dayLabel(m.opensAt)} {slotTime({ startsAt: m.opensAt, endsAt: m.closesAt })} · {m.venue}
            </Text>
            <Text className="block muted small">{m.stallNames.join('、')}</Text>
            <View className="btn-row">
              {m.status === 'draft' ? (
                <Btn loading={busy} onClick={() => void run('已发布', () => call('market', 'publish', { id: m.id }))}>
                  发布
                </Btn>
              ) : null}
              {m.status === 'draft' || m.status === 'published' ? (
                <Btn kind="danger" onClick={() => void cancelMarket(m.id)}>
                  取消集市
                </Btn>
              ) : null}
              <Btn kind="secondary" onClick={() => void showStats(m.id)}>
                统计
              </Btn>
            </View>
            {s ? (
              <View className="market-stats">
                <Text className="block">
                  预约率 {pct(s.fillRate)} · 爽约率 {pct(s.noShowRate)} · 候补转化 {pct(s.waitlistConversion)}
                </Text>
                <Text className="block muted small">
                  预约 {s.counts.booked}/{s.counts.bookable} · 到场 {s.counts.checkedIn} · 现场 {s.counts.walkIns} ·
                  临时取消 {s.counts.lateCancels}
                </Text>
                {s.stalls.map((st) => (
                  <Text key={st.stallId} className="block small">
                    {st.stallName}：利用率 {pct(st.utilisation)}（到场 {st.checkedIn} + 现场 {st.walkIns} /{' '}
                    {st.capacity}）
                  </Text>
                ))}
              </View>
            ) : null}
          </View>
        )
      })}
    </PageShell>
  )
}
