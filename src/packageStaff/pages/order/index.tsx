/** 工单详情 (staff): the order, its people and deadlines, the timeline, and what the caller may do now. */
import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { OrderDetail } from '../../../../types/report'
import type { WorkOrderAction } from '../../../../types/workorder'
import { ApiError, call, toApiError } from '../../../api'
import { ErrorBox, Loading, PageShell, Timeline } from '../../../components'
import { useLoad } from '../../../lib/use-load'
import { backTarget } from '../../shared/nav'
import { ActionBar } from './parts/ActionBar'
import { ActionSheet, type SheetName, type SheetSpec, type Target } from './parts/ActionSheet'
import { AfterPhotosCard, DeadlineCard, HeadCard, PeopleCards, RatingCard, WhistleCard } from './parts/cards'
import './index.scss'

const CONFLICT_TEXT = '该工单已被他人处理，已为您刷新'
/** actions that need no form: one tap runs them */
const ONE_TAP: Partial<Record<WorkOrderAction, { api: string; done: string }>> = {
  acknowledge: { api: 'acknowledge', done: '已签收' },
  grab: { api: 'grab', done: '抢单成功' },
  whistle_report: { api: 'whistleReport', done: '已报到' },
}
/** the table's 吹哨 is the sheet that runs the whistle */
const SHEET_OF: Partial<Record<WorkOrderAction, SheetName>> = {
  progress: 'progress',
  resolve: 'resolve',
  transfer: 'transfer',
  return: 'return',
  reject: 'reject',
  whistle: 'escalate',
}

export default function OrderPage() {
  const id = useRouter().params.id ?? ''
  const detail = useLoad(() =>
    id
      ? call<OrderDetail>('workorder', 'detail', { id })
      : Promise.reject(new ApiError('NOT_FOUND', '缺少工单编号，请从工单列表进入')),
  )
  const [sheet, setSheet] = useState<SheetName | null>(null)
  const [busy, setBusy] = useState(false)
  const [leaving, setLeaving] = useState(false)
  const [targets, setTargets] = useState<Target[] | null>(null)
  const [targetsError, setTargetsError] = useState<ApiError | null>(null)
  const [back] = useState(backTarget)
  const order = detail.data

  const loadTargets = () => {
    setTargetsError(null)
    call<{ orgs: Target[] }>('workorder', 'targets', { id })
      .then((out) => setTargets(out.orgs))
      .catch((e) => setTargetsError(toApiError(e)))
  }

  /** Runs one staff action with the version we saw; a stale view fails with CONFLICT and reloads. Answers an error to show. */
  const run = async (api: string, data: Record<string, unknown>, done: string, leave = false) => {
    if (!order || busy) return null
    setBusy(true)
    try {
      await call('workorder', api, { id: order.id, version: order.version, ...data })
      setSheet(null)
      Taro.showToast({ title: done, icon: 'success' })
      if (leave) {
        // after a transfer or return the order has left this person's hands: back to the inbox
        setLeaving(true)
        setTimeout(back.go, 1200)
      } else await detail.reload()
      return null
    } catch (e) {
      const err = toApiError(e)
      if (err.code !== 'CONFLICT') {
        Taro.showToast({ title: err.message, icon: 'none' })
        return err.message
      }
      setSheet(null)
      Taro.showToast({ title: CONFLICT_TEXT, icon: 'none', duration: 2500 })
      await detail.reload()
      return null
    } finally {
      setBusy(false)
    }
  }

  const tap = (action: WorkOrderAction) => {
    const oneTap = ONE_TAP[action]
    if (oneTap) return void run(oneTap.api, {}, oneTap.done)
    const name = SHEET_OF[action]
    if (!name) return
    setSheet(name)
    if ((name === 'transfer' || name === 'escalate') && !targets) loadTargets()
  }

  if (!order) {
    return (
      <PageShell title="工单详情">
        {detail.loading ? (
          <Loading />
        ) : (
          <View className="order">
            <ErrorBox error={detail.error ?? { code: 'INTERNAL', message: '加载失败' }} onRetry={detail.reload} />
            <View className="order-back-inbox" onClick={back.go}>
              {back.label}
            </View>
          </View>
        )}
      </PageShell>
    )
  }

  const actions = leaving ? [] : order.actions
  return (
    <PageShell title="工单详情">
      <View className={`order ${actions.length ? 'has-bar' : ''}`}>
        <View className="staff-back" onClick={back.go}>
          ‹ {back.label}
        </View>
        {detail.error ? <ErrorBox error={detail.error} onRetry={detail.reload} /> : null}
        <HeadCard o={order} />
        {order.emergencyHint ? <View className="order-card order-emergency">⚠️ {order.emergencyHint}</View> : null}
        <DeadlineCard o={order} />
        <PeopleCards o={order} />
        <WhistleCard o={order} />
        <AfterPhotosCard o={order} />
        <RatingCard o={order} />
        <View className="order-card">
          <View className="order-section-title">办理记录</View>
          <Timeline entries={order.timeline} />
        </View>
        <ActionBar actions={actions} busy={busy} onTap={tap} />
        {sheet ? (
          <ActionSheet
            key={sheet}
            name={sheet}
            order={order}
            targets={{ list: targets, error: targetsError, retry: loadTargets }}
            busy={busy}
            onSubmit={(spec: SheetSpec, data) => run(spec.api, data, spec.done, spec.leave)}
            onClose={() => setSheet(null)}
          />
        ) : null}
      </View>
    </PageShell>
  )
}
