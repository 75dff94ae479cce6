/**
 * 报事详情: everything about one order and its whole timeline. What the resident may do now comes
 * from the server (`actions`): 确认解决, 评价, 不满意重办, 撤销.
 */
import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { formatTime } from '../../../../types/china-time'
import type { ActionOutput, OrderDetail } from '../../../../types/report'
import { call, toApiError } from '../../../api'
import {
  AddressText,
  Btn,
  CallButtons,
  ErrorBox,
  Loading,
  PageShell,
  PhotoGrid,
  Stars,
  StatusTag,
  Timeline,
} from '../../../components'
import { go, ROUTES } from '../../../lib/routes'
import { useLoad } from '../../../lib/use-load'
import { FollowUpCard } from './parts/FollowUpCard'
import { HandlerCard } from './parts/HandlerCard'
import { RatePanel, ReopenPanel } from './parts/panels'

type Panel = 'rate' | 'reopen' | null

export default function ReportDetailPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const detail = useLoad(() => call<OrderDetail>('report', 'detail', { id }), [id], { skip: !id })
  const [panel, setPanel] = useState<Panel>(null)
  const [busy, setBusy] = useState<string | null>(null)
  /** a second tap can arrive before React re-renders the busy button */
  const inFlight = useRef(false)
  const [actionError, setActionError] = useState<string | null>(null)

  usePullDownRefresh(() => {
    void detail.reload().finally(() => Taro.stopPullDownRefresh())
  })

  if (!id) {
    return (
      <PageShell>
        <ErrorBox error={{ code: 'NOT_FOUND', message: '没有找到这条报事' }} onRetry={() => go(ROUTES.reportMine)} />
      </PageShell>
    )
  }

  const act = async (name: string, data: Record<string, unknown>, done: string, then: Panel = null) => {
    if (inFlight.current) return
    inFlight.current = true
    setBusy(name)
    setActionError(null)
    try {
      await call<ActionOutput>('report', name, { id, ...data })
      Taro.showToast({ title: done, icon: 'success' })
      await detail.reload()
      setPanel(then)
    } catch (e) {
      setActionError(toApiError(e).message)
    } finally {
      inFlight.current = false
      setBusy(null)
    }
  }

  const cancel = async () => {
    const res = await Taro.showModal({ title: '撤销报事', content: '确定撤销这条报事吗？撤销后将不再处理。' })
    if (res.confirm) await act('cancel', {}, '已撤销')
  }

  const o = detail.data
  const can = (a: string) => !!o?.actions.includes(a as OrderDetail['actions'][number])

  return (
    <PageShell className="report-detail">
      {detail.loading && !o ? <Loading /> : null}
      {detail.error ? <ErrorBox error={detail.error} onRetry={detail.reload} /> : null}
      {o ? (
        <View>
          <View className="card">
            <View className="row between">
              <Text className="h1" style={{ margin: 0 }}>
                {o.categoryName}
              </Text>
              <StatusTag status={o.status} label={o.statusLabel} overdue={o.overdue} />
            </View>
            <Text className="block muted small">
              工单号 <Text className="order-number">{o.number}</Text>
              {o.urgent ? ' · 紧急' : ''}
              {o.supervised ? ' · 督办' : ''}
              {o.followerCount ? ` · ${o.followerCount} 人同问` : ''}
            </Text>
            {o.emergencyHint && o.statusGroup === 'open' ? (
              <View className="alert-red" style={{ marginTop: '16px', marginBottom: 0 }}>
                {o.emergencyHint}
                <CallButtons calls={o.emergencyCalls ?? []} />
              </View>
            ) : null}
            <View className="kv">
              <Text className="kv-key">地址</Text>
              <AddressText className="kv-value" label={o.addressLabel} />
            </View>
            <View className="kv">
              <Text className="kv-key">描述</Text>
              <Text className="kv-value order-description">{o.description}</Text>
            </View>
            <View className="kv">
              <Text className="kv-key">提交</Text>
              <Text className="kv-value">
                {o.reporterName} · {formatTime(o.createdAt)}
              </Text>
            </View>
            <PhotoGrid urls={o.photoUrls} className="order-photos" />
          </View>

          <HandlerCard o={o} />

          {o.afterPhotoUrls.length ? (
            <View className="card">
              <Text className="field-label">处理后照片</Text>
              <PhotoGrid urls={o.afterPhotoUrls} className="after-photos" />
            </View>
          ) : null}

          {o.rating ? (
            <View className="card rating-shown">
              <Text className="field-label">我的评价</Text>
              <Stars value={o.rating.stars} />
              {o.rating.tags.length ? <Text className="block muted">{o.rating.tags.join('、')}</Text> : null}
              {o.rating.comment ? <Text className="block">{o.rating.comment}</Text> : null}
            </View>
          ) : null}

          {actionError ? <View className="alert-red action-error">{actionError}</View> : null}

          {o.actions.length ? (
            <View className="card actions">
              {o.status === 'resolved' ? (
                <Text className="block" style={{ marginBottom: '12px' }}>
                  问题已办结。解决了吗？
                </Text>
              ) : null}
              {can('confirm') ? (
                <Btn
                  block
                  className="action-confirm"
                  loading={busy === 'confirm'}
                  onClick={() => void act('confirm', {}, '已确认解决', 'rate')}
                >
                  已解决
                </Btn>
              ) : null}
              {/* one decision while it waits for confirmation: 已解决 (then the optional rating) or 没解决 */}
              {can('rate') && !can('confirm') && panel !== 'rate' ? (
                <Btn kind="secondary" block className="action-rate-open" onClick={() => setPanel('rate')}>
                  评价
                </Btn>
              ) : null}
              {can('rate') && panel === 'rate' ? (
                <RatePanel
                  busy={busy === 'rate'}
                  confirmed={o.timeline.some((e) => e.action === 'confirm')}
                  onSubmit={(rating) => void act('rate', rating, '感谢您的评价')}
                />
              ) : null}
              {can('reopen') && panel !== 'reopen' ? (
                <Btn kind="danger" block className="action-reopen-open" onClick={() => setPanel('reopen')}>
                  没解决，要求重办
                </Btn>
              ) : null}
              {can('reopen') && panel === 'reopen' ? (
                <ReopenPanel
                  busy={busy === 'reopen'}
                  onCancel={() => setPanel(null)}
                  onSubmit={(reason) => void act('reopen', { reason }, '已要求重办')}
                />
              ) : null}
              {can('cancel') ? (
                <Btn
                  kind="plain"
                  block
                  className="action-cancel"
                  loading={busy === 'cancel'}
                  onClick={() => void cancel()}
                >
                  撤销报事
                </Btn>
              ) : null}
            </View>
          ) : null}

          <FollowUpCard o={o} onChanged={detail.reload} />

          <View className="card">
            <Text className="field-label">办理进度</Text>
            <Timeline entries={o.timeline} />
          </View>
        </View>
      ) : null}
    </PageShell>
  )
}
