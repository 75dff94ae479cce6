/**
 * 民生集市 for community and street admins: the markets in scope with publish and cancel, the
 * statistics (fill rate, no-show rate, waiting-list conversion, stall utilisation), and an editor
 * that cuts each stall's hours into slots of N minutes with capacity C. At a desk (≥ 1024 px) the
 * markets are a table with the chosen market's actions and figures beside it; on a phone, cards.
 */
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { ListOutput, MarketCard, StatsOutput } from '../../../../types/market'
import { MARKET_STATUS_LABEL } from '../../../../types/market-labels'
import { type ApiError, call, toApiError } from '../../../api'
import { Btn, Empty, ErrorBox, Loading, PageShell } from '../../../components'
import { dayLabel, slotTime } from '../../../lib/market'
import { useDeskLayout } from '../../../lib/use-window-width'
import { DeskTable } from '../../shared/DeskTable'
import { MarketEditor } from './MarketEditor'
import { MarketStats } from './MarketStats'
import { MARKET_TABLE } from './market-columns'
import '../../shared/admin.scss'

export default function MarketAdminPage() {
  const [markets, setMarkets] = useState<ListOutput['items'] | null>(null)
  const [stats, setStats] = useState<Record<string, StatsOutput>>({})
  const [error, setError] = useState<ApiError | null>(null)
  const [editing, setEditing] = useState(false)
  const [busy, setBusy] = useState(false)
  const [openId, setOpenId] = useState<string | null>(null)
  const desk = useDeskLayout()

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

  /** 发布 and 取消集市 as the market's state allows; on a phone also 统计, which the desk pane shows at once */
  const actionsOf = (m: MarketCard, withStats = false) => (
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
      {withStats ? (
        <Btn kind="secondary" onClick={() => void showStats(m.id)}>
          统计
        </Btn>
      ) : null}
    </View>
  )

  const opened = markets?.find((m) => m.id === openId) ?? null

  return (
    <PageShell className={`market-admin ${desk ? 'adm-page' : ''}`}>
      {error ? <ErrorBox error={error} onRetry={() => void load()} /> : null}
      {!markets && !error ? <Loading /> : null}
      {editing ? (
        <MarketEditor
          busy={busy}
          onCancel={() => setEditing(false)}
          onSave={(make) =>
            void run('已保存为草稿', async () => {
              await call('market', 'save', make())
              setEditing(false)
            })
          }
        />
      ) : (
        <Btn block className="market-new" onClick={() => setEditing(true)}>
          新建集市
        </Btn>
      )}
      {markets && markets.length === 0 ? <Empty text="还没有集市" /> : null}
      {desk && markets?.length ? (
        <View className="adm-split adm-split-desk">
          <View className="adm-list-col">
            <DeskTable
              label="民生集市"
              columns={MARKET_TABLE}
              rows={markets}
              rowKey={(m) => m.id}
              openKey={opened?.id ?? null}
              onOpen={(m) => {
                setOpenId(m.id)
                void showStats(m.id)
              }}
              rowClass={() => 'market-row'}
              rowData={(m) => ({ id: m.id })}
            />
          </View>
          {opened ? (
            <View className="adm-editor market-pane">
              <Text className="adm-editor-title">{opened.title}</Text>
              <Text className="block muted">
                {dayLabel(opened.opensAt)} {slotTime({ startsAt: opened.opensAt, endsAt: opened.closesAt })} ·{' '}
                {opened.venue}
              </Text>
              {actionsOf(opened)}
              {stats[opened.id] ? <MarketStats stats={stats[opened.id]} /> : <Loading />}
            </View>
          ) : (
            <View className="adm-editor adm-help-desk">
              <Text className="adm-editor-title">说明</Text>
              <Text className="block muted">
                点一个集市，查看预约率、爽约率、候补转化和各摊位利用率，并可发布或取消。
              </Text>
            </View>
          )}
        </View>
      ) : (
        markets?.map((m) => (
          <View key={m.id} className="card market-row" data-id={m.id}>
            <View className="row between">
              <Text style={{ fontWeight: 'bold' }}>{m.title}</Text>
              <Text className="status-tag status-open">{MARKET_STATUS_LABEL[m.status]}</Text>
            </View>
            <Text className="block muted">
              {dayLabel(m.opensAt)} {slotTime({ startsAt: m.opensAt, endsAt: m.closesAt })} · {m.venue}
            </Text>
            <Text className="block muted small">{m.stallNames.join('、')}</Text>
            {actionsOf(m, true)}
            {stats[m.id] ? <MarketStats stats={stats[m.id]} /> : null}
          </View>
        ))
      )}
    </PageShell>
  )
}
