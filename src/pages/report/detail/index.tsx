/**
 * 报事详情: everything about one order and its whole timeline. What the resident may do now comes
 * from the server (`actions`): 确认解决, 评价, 不满意重办, 撤销.
 */
import { Text, Textarea, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { formatTime, remainingText } from '../../../../types/china-time'
import type { ActionOutput, OrderDetail } from '../../../../types/report'
import { call, toApiError } from '../../../api'
import { Btn, ErrorBox, Loading, PageShell, PhotoGrid, Stars, StatusTag, Timeline } from '../../../components'
import { RATING_TAGS } from '../../../lib/contract'
import { go, ROUTES } from '../../../lib/routes'
import { useLoad } from '../../../lib/use-load'

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
  const [stars, setStars] = useState(0)
  const [tags, setTags] = useState<string[]>([])
  const [comment, setComment] = useState('')
  const [reason, setReason] = useState('')

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
              </View>
            ) : null}
            <View className="kv">
              <Text className="kv-key">地址</Text>
              <Text className="kv-value">{o.addressLabel}</Text>
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

          <View className="card handler-card">
            <Text className="field-label">谁在处理</Text>
            <View className="kv">
              <Text className="kv-key">承办</Text>
              <Text className="kv-value">{o.handler.orgName}</Text>
            </View>
            <View className="kv">
              <Text className="kv-key">经办人</Text>
              <Text className="kv-value handler-name">
                {o.handler.staffName
                  ? `${o.handler.staffName}（${o.handler.roleLabel}）`
                  : `待分配（${o.handler.roleLabel || '抢单池'}）`}
              </Text>
            </View>
            {o.handler.phoneMasked ? (
              <View className="kv">
                <Text className="kv-key">电话</Text>
                <Text className="kv-value">{o.handler.phoneMasked}</Text>
              </View>
            ) : null}
            {o.statusGroup === 'open' ? (
              <>
                <View className="kv">
                  <Text className="kv-key">签收时限</Text>
                  <Text className="kv-value">
                    {formatTime(o.acknowledgeBy)}
                    {o.status === 'assigned' ? `（${remainingText(o.acknowledgeBy)}）` : ''}
                  </Text>
                </View>
                <View className="kv">
                  <Text className="kv-key">办结时限</Text>
                  <Text className="kv-value" style={o.overdue ? { color: '#cf222e' } : undefined}>
                    {formatTime(o.resolveBy)}（{remainingText(o.resolveBy)}）
                  </Text>
                </View>
              </>
            ) : null}
            <Text className="block muted small route-reason" style={{ marginTop: '8px' }}>
              {o.routeReason.startsWith('已派给') ? o.routeReason : `派单依据：${o.routeReason}`}
            </Text>
            {o.whistle ? (
              <View className="alert-blue whistle" style={{ marginTop: '16px', marginBottom: 0 }}>
                社区已吹哨，请{o.whistle.departmentName}协同处理：{o.whistle.note}
                {o.whistle.reportedAt
                  ? `（已于 ${formatTime(o.whistle.reportedAt)} 报到）`
                  : `（报到时限 ${formatTime(o.whistle.reportBy)}）`}
              </View>
            ) : null}
          </View>

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
                  问题已办结，请您确认是否解决。
                </Text>
              ) : null}
              {can('confirm') ? (
                <Btn
                  block
                  className="action-confirm"
                  loading={busy === 'confirm'}
                  onClick={() => void act('confirm', {}, '已确认解决', 'rate')}
                >
                  确认解决
                </Btn>
              ) : null}
              {can('rate') && panel !== 'rate' ? (
                <Btn kind="secondary" block className="action-rate-open" onClick={() => setPanel('rate')}>
                  评价
                </Btn>
              ) : null}
              {can('rate') && panel === 'rate' ? (
                <View className="rate-panel">
                  <Text className="field-label">您对这次处理满意吗？</Text>
                  <Stars value={stars} onChange={setStars} />
                  <View className="chips">
                    {RATING_TAGS.map((t) => (
                      <Text
                        key={t}
                        className={`chip rating-tag${tags.includes(t) ? ' chip-on' : ''}`}
                        onClick={() =>
                          setTags((list) => (list.includes(t) ? list.filter((x) => x !== t) : [...list, t]))
                        }
                      >
                        {t}
                      </Text>
                    ))}
                  </View>
                  <Textarea
                    className="textarea rate-comment"
                    value={comment}
                    maxlength={300}
                    placeholder="还想说点什么（可不填）"
                    onInput={(e) => setComment(e.detail.value)}
                  />
                  <Btn
                    block
                    className="action-rate"
                    loading={busy === 'rate'}
                    disabled={!stars}
                    onClick={() =>
                      void act('rate', { stars, tags, comment: comment.trim() || undefined }, '感谢您的评价')
                    }
                  >
                    {stars ? '提交评价' : '请先点星星打分'}
                  </Btn>
                </View>
              ) : null}
              {can('reopen') && panel !== 'reopen' ? (
                <Btn kind="danger" block className="action-reopen-open" onClick={() => setPanel('reopen')}>
                  不满意，要求重办
                </Btn>
              ) : null}
              {can('reopen') && panel === 'reopen' ? (
                <View className="reopen-panel">
                  <Text className="field-label">哪里没解决好？</Text>
                  <Textarea
                    className="textarea reopen-reason"
                    value={reason}
                    maxlength={200}
                    placeholder="请写明原因（至少2个字）"
                    onInput={(e) => setReason(e.detail.value)}
                  />
                  <View className="btn-row">
                    <Btn kind="plain" onClick={() => setPanel(null)}>
                      取消
                    </Btn>
                    <Btn
                      kind="danger"
                      className="action-reopen"
                      loading={busy === 'reopen'}
                      disabled={reason.trim().length < 2}
                      onClick={() => void act('reopen', { reason: reason.trim() }, '已要求重办')}
                    >
                      提交重办
                    </Btn>
                  </View>
                </View>
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

          <View className="card">
            <Text className="field-label">办理进度</Text>
            <Timeline entries={o.timeline} />
          </View>
        </View>
      ) : null}
    </PageShell>
  )
}
