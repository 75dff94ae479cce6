import { Image, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { HandlerKind } from '../../../../types/catalog'
import type { OrderDetail } from '../../../../types/report'
import type { WorkOrderAction } from '../../../../types/workorder'
import { ApiError, call, toApiError } from '../../../api'
import { ErrorBox, Loading, PageShell, PhotoPicker, StatusTag, Timeline } from '../../../components'
import { deadlineText, formatDateTime } from '../../../lib/format'
import { escalationBadge } from '../../../lib/order-labels'
import { backTarget } from '../../shared/nav'
import { Sheet } from '../../shared/Sheet'
import './index.scss'

type Target = { id: string; kind: HandlerKind; name: string }
type SheetName = 'progress' | 'resolve' | 'transfer' | 'return' | 'escalate' | 'reject'

const CONFLICT_TEXT = '该工单已被他人处理，已为您刷新'
const AFTER_PHOTO_TEXT = '此类问题办结需上传处理后照片'
const KIND_ORDER: HandlerKind[] = ['property', 'grid', 'community', 'department']
const KIND_LABEL: Record<HandlerKind, string> = {
  property: '物业',
  grid: '网格',
  community: '社区',
  department: '部门',
}

/** The buttons of the action bar, in the order shown; `actions` from detail decides which appear. */
const BUTTONS: { action: WorkOrderAction; label: string; className: string; primary?: boolean }[] = [
  { action: 'acknowledge', label: '签收', className: 'action-acknowledge', primary: true },
  { action: 'grab', label: '抢单', className: 'action-grab', primary: true },
  { action: 'whistle_report', label: '部门报到', className: 'action-whistle-report', primary: true },
  { action: 'resolve', label: '办结', className: 'action-resolve', primary: true },
  { action: 'progress', label: '进展', className: 'action-progress' },
  { action: 'transfer', label: '转派', className: 'action-transfer' },
  { action: 'whistle', label: '吹哨', className: 'action-escalate' },
  { action: 'return', label: '退回', className: 'action-return' },
  { action: 'reject', label: '驳回', className: 'action-reject' },
]

export default function OrderPage() {
  const id = useRouter().params.id ?? ''
  const [order, setOrder] = useState<OrderDetail | null>(null)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<ApiError | null>(null)
  const [sheet, setSheet] = useState<SheetName | null>(null)
  const [busy, setBusy] = useState(false)
  const [leaving, setLeaving] = useState(false)
  const [formError, setFormError] = useState('')
  const [note, setNote] = useState('')
  const [photos, setPhotos] = useState<string[]>([])
  const [targets, setTargets] = useState<Target[] | null>(null)
  const [targetsError, setTargetsError] = useState<ApiError | null>(null)
  const [uploading, setUploading] = useState(false)
  const [targetId, setTargetId] = useState('')
  const seq = useRef(0)
  const [back] = useState(backTarget)

  const load = useCallback(
    async (quiet = false) => {
      if (!id) {
        setError(new ApiError('NOT_FOUND', '缺少工单编号，请从工单列表进入'))
        setLoading(false)
        return
      }
      const mine = ++seq.current
      if (!quiet) setLoading(true)
      try {
        const detail = await call<OrderDetail>('workorder', 'detail', { id })
        if (mine !== seq.current) return
        setOrder(detail)
        setError(null)
      } catch (e) {
        if (mine !== seq.current) return
        setError(toApiError(e))
      } finally {
        if (mine === seq.current) setLoading(false)
      }
    },
    [id],
  )

  useEffect(() => {
    load()
  }, [load])

  const loadTargets = async () => {
    setTargetsError(null)
    try {
      const out = await call<{ orgs: Target[] }>('workorder', 'targets', { id })
      setTargets(out.orgs)
    } catch (e) {
      setTargetsError(toApiError(e))
    }
  }

  const openSheet = (name: SheetName) => {
    setNote('')
    setPhotos([])
    setTargetId('')
    setFormError('')
    setSheet(name)
    if ((name === 'transfer' || name === 'escalate') && !targets) loadTargets()
  }

  /** Runs one staff action with the version we saw; a stale view fails with CONFLICT and reloads. */
  const run = async (fn: string, data: Record<string, unknown>, done: string, after?: 'leave'): Promise<void> => {
    if (!order || busy) return
    setBusy(true)
    setFormError('')
    try {
      await call('workorder', fn, { id: order.id, version: order.version, ...data })
      setSheet(null)
      Taro.showToast({ title: done, icon: 'success' })
      // After a transfer or return the order has left this person's hands: back to the inbox.
      if (after === 'leave') {
        setLeaving(true)
        setTimeout(back.go, 1200)
        return
      }
      await load(true)
    } catch (e) {
      const err = toApiError(e)
      if (err.code === 'CONFLICT') {
        setSheet(null)
        Taro.showToast({ title: CONFLICT_TEXT, icon: 'none', duration: 2500 })
        await load(true)
      } else {
        setFormError(err.message)
        Taro.showToast({ title: err.message, icon: 'none' })
      }
    } finally {
      setBusy(false)
    }
  }

  const tap = (action: WorkOrderAction) => {
    if (action === 'acknowledge') run('acknowledge', {}, '已签收')
    else if (action === 'grab') run('grab', {}, '抢单成功')
    else if (action === 'whistle_report') run('whistleReport', {}, '已报到')
    else if (action === 'whistle') openSheet('escalate')
    else openSheet(action as SheetName)
  }

  const needText = (min: number, what: string): boolean => {
    if (note.trim().length >= min) return true
    setFormError(what)
    return false
  }

  const submit = () => {
    if (!order || !sheet) return
    if (uploading) {
      setFormError('照片还在上传，请稍候再提交')
      return
    }
    if (sheet === 'progress') {
      if (needText(2, '请填写处理进展（至少2个字）')) run('progress', { note: note.trim(), photos }, '已记录进展')
    } else if (sheet === 'resolve') {
      if (!needText(2, '请填写办结说明（至少2个字）')) return
      if (order.afterPhotoRequired && photos.length === 0) {
        setFormError(AFTER_PHOTO_TEXT)
        Taro.showToast({ title: AFTER_PHOTO_TEXT, icon: 'none' })
        return
      }
      run('resolve', { note: note.trim(), photos }, '已办结')
    } else if (sheet === 'transfer') {
      const target = targets?.find((t) => t.id === targetId)
      if (!target) {
        setFormError('请选择转派给谁')
        return
      }
      if (needText(2, '请写明转派原因（至少2个字）'))
        run('transfer', { toKind: target.kind, toOrgId: target.id, reason: note.trim() }, '已转派', 'leave')
    } else if (sheet === 'return') {
      if (needText(2, '请写明退回原因（至少2个字）')) run('return', { reason: note.trim() }, '已退回', 'leave')
    } else if (sheet === 'reject') {
      if (needText(2, '请写明驳回原因（至少2个字）')) run('reject', { reason: note.trim() }, '已驳回')
    } else if (sheet === 'escalate') {
      if (!targetId) {
        setFormError('请选择需要报到的部门')
        return
      }
      if (needText(2, '请写明需要部门协助的事项（至少2个字）'))
        run('whistle', { departmentId: targetId, note: note.trim() }, '已吹哨')
    }
  }

  const dial = (phone: string) => {
    Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)
  }

  if (loading && !order) {
    return (
      <PageShell title="工单详情">
        <Loading />
      </PageShell>
    )
  }
  if (!order) {
    return (
      <PageShell title="工单详情">
        <View className="order">
          <ErrorBox error={error ?? { code: 'INTERNAL', message: '加载失败' }} onRetry={() => load()} />
          <View className="order-back-inbox" onClick={back.go}>
            {back.label}
          </View>
        </View>
      </PageShell>
    )
  }

  const o = order
  const open = o.statusGroup === 'open'
  const buttons = leaving ? [] : BUTTONS.filter((b) => o.actions.includes(b.action))
  // the handler's title often repeats the org ('维修员 · 博泰佳苑物业服务中心'): show the role once
  const role = o.handler.roleLabel.replace(` · ${o.handler.orgName}`, '')
  const dialable = o.reporterPhone && !o.reporterPhone.includes('*')
  const departments = (targets ?? []).filter((t) => t.kind === 'department')
  const transferTargets = (targets ?? [])
    .filter((t) => t.name !== o.handler.orgName)
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
  const preview = (urls: string[], current: string) => Taro.previewImage({ urls, current })

  return (
    <PageShell title="工单详情">
      <View className={`order ${buttons.length ? 'has-bar' : ''}`}>
        <View className="staff-back" onClick={back.go}>
          ‹ {back.label}
        </View>
        {error ? <ErrorBox error={error} onRetry={() => load()} /> : null}

        <View className={`order-card order-head ${o.overdue ? 'is-overdue' : ''}`}>
          <View className="order-head-top">
            <Text className="order-category">{o.categoryName}</Text>
            <StatusTag status={o.status} label={o.statusLabel} overdue={o.overdue} />
          </View>
          <View className="order-badges">
            {o.urgent ? <Text className="s-badge s-badge-urgent">紧急</Text> : null}
            {o.supervised ? <Text className="s-badge s-badge-supervised">督办</Text> : null}
            {o.escalationLevel > 0 ? (
              <Text className="s-badge s-badge-escalated">{escalationBadge(o.escalationLevel)}</Text>
            ) : null}
            {o.pool ? <Text className="s-badge s-badge-pool">抢单池</Text> : null}
            {o.reopenCount > 0 ? <Text className="s-badge s-badge-supervised">重办{o.reopenCount}次</Text> : null}
            {o.followerCount > 0 ? <Text className="s-badge s-badge-follow">{o.followerCount}人同问</Text> : null}
            {o.source === 'patrol' ? <Text className="s-badge s-badge-follow">巡查上报</Text> : null}
          </View>
          <View className="order-number">工单号 {o.number}</View>
          <View className="order-address">{o.addressLabel}</View>
          <View className="order-desc">{o.description}</View>
          {o.photoUrls.length ? (
            <View className="order-photos">
              {o.photoUrls.map((url) => (
                <Image
                  key={url}
                  className="order-photo"
                  src={url}
                  mode="aspectFill"
                  onClick={() => preview(o.photoUrls, url)}
                />
              ))}
            </View>
          ) : null}
          <View className="order-meta">
            {o.source === 'patrol' ? '巡查发现' : '居民报事'}于 {formatDateTime(o.createdAt)}
          </View>
        </View>

        {o.emergencyHint ? <View className="order-card order-emergency">⚠️ {o.emergencyHint}</View> : null}

        {open || o.status === 'resolved' ? (
          <View className={`order-card order-deadlines ${o.overdue ? 'is-overdue' : ''}`}>
            <View className="order-section-title">办理时限</View>
            <DeadlineRow
              label="签收时限"
              at={o.acknowledgeBy}
              live={o.status === 'assigned' || o.status === 'returned'}
              done={o.status !== 'assigned' && o.status !== 'returned'}
            />
            <DeadlineRow
              label="办结时限"
              at={o.resolveBy}
              live={o.status === 'acknowledged' || o.status === 'in_progress' || o.status === 'assigned'}
              done={o.status === 'resolved'}
            />
            {o.overdue ? <View className="order-overdue-note">已超时，请尽快处理</View> : null}
          </View>
        ) : null}

        <View className="order-card">
          <View className="order-section-title">报事人</View>
          <View className="order-row">
            <Text className="order-label">姓名</Text>
            <Text className="order-value">{o.reporterName}</Text>
          </View>
          {o.reporterPhone ? (
            <View className="order-row">
              <Text className="order-label">电话</Text>
              <Text className="order-value order-phone">{o.reporterPhone}</Text>
              {dialable ? (
                <View className="order-call" onClick={() => dial(o.reporterPhone!)}>
                  拨打
                </View>
              ) : null}
            </View>
          ) : null}
        </View>

        <View className="order-card">
          <View className="order-section-title">办理人</View>
          <View className="order-row">
            <Text className="order-label">单位</Text>
            <Text className="order-value">
              {o.handler.orgName}（{KIND_LABEL[o.handler.kind]}）
            </Text>
          </View>
          <View className="order-row">
            <Text className="order-label">经办</Text>
            <Text className="order-value">
              {o.handler.staffName ? `${o.handler.staffName}${role ? ` · ${role}` : ''}` : '待抢单'}
            </Text>
          </View>
          {o.routeReason ? (
            <View className="order-row">
              <Text className="order-label">依据</Text>
              <Text className="order-value order-route-reason">{o.routeReason}</Text>
            </View>
          ) : null}
        </View>

        {o.whistle ? (
          <View className={`order-card order-whistle ${o.whistle.reportedAt ? '' : 'is-pending'}`}>
            <View className="order-section-title">吹哨报到</View>
            <View className="order-row">
              <Text className="order-label">部门</Text>
              <Text className="order-value">{o.whistle.departmentName}</Text>
            </View>
            {o.whistle.note ? (
              <View className="order-row">
                <Text className="order-label">事项</Text>
                <Text className="order-value">{o.whistle.note}</Text>
              </View>
            ) : null}
            <View className="order-row">
              <Text className="order-label">报到</Text>
              <Text className="order-value">
                {o.whistle.reportedAt
                  ? `已于 ${formatDateTime(o.whistle.reportedAt)} 报到`
                  : `待报到，${deadlineText(o.whistle.reportBy)}（${formatDateTime(o.whistle.reportBy)} 前）`}
              </Text>
            </View>
          </View>
        ) : null}

        {o.afterPhotoUrls.length ? (
          <View className="order-card">
            <View className="order-section-title">处理后照片</View>
            <View className="order-photos">
              {o.afterPhotoUrls.map((url) => (
                <Image
                  key={url}
                  className="order-photo"
                  src={url}
                  mode="aspectFill"
                  onClick={() => preview(o.afterPhotoUrls, url)}
                />
              ))}
            </View>
          </View>
        ) : null}

        {o.rating ? (
          <View className="order-card">
            <View className="order-section-title">居民评价</View>
            <View className="order-rating">
              {'★'.repeat(o.rating.stars)}
              {'☆'.repeat(5 - o.rating.stars)}
              {o.rating.tags.length ? ` ${o.rating.tags.join('、')}` : ''}
            </View>
            {o.rating.comment ? <View className="order-desc">{o.rating.comment}</View> : null}
          </View>
        ) : null}

        <View className="order-card">
          <View className="order-section-title">办理记录</View>
          <Timeline entries={o.timeline} />
        </View>

        {buttons.length ? (
          <View className="order-bar">
            {buttons.map((b) => (
              <View
                key={b.action}
                className={`order-action ${b.className} ${b.primary ? 'is-primary' : ''} ${busy ? 'is-busy' : ''}`}
                onClick={() => tap(b.action)}
              >
                {b.label}
              </View>
            ))}
          </View>
        ) : null}

        {sheet === 'progress' ? (
          <Sheet name="progress" title="记录处理进展" onClose={() => setSheet(null)}>
            <Textarea
              className="staff-textarea order-textarea progress-note"
              value={note}
              maxlength={300}
              placeholder="例如：已到现场查看，配件已订购，预计明天更换"
              onInput={(e) => setNote(e.detail.value)}
            />
            <View className="order-field-label">现场照片（选填）</View>
            <PhotoPicker max={9} onChange={setPhotos} onBusyChange={setUploading} />
            <SheetFooter error={formError} busy={busy} label="提交进展" className="progress-submit" onSubmit={submit} />
          </Sheet>
        ) : null}

        {sheet === 'resolve' ? (
          <Sheet name="resolve" title="办结工单" onClose={() => setSheet(null)}>
            <Textarea
              className="staff-textarea order-textarea resolve-note"
              value={note}
              maxlength={300}
              placeholder="请说明如何处理的，例如：已更换楼道灯泡，现已正常照明"
              onInput={(e) => setNote(e.detail.value)}
            />
            <View className="order-field-label">
              处理后照片{o.afterPhotoRequired ? <Text className="order-required">（必传）</Text> : '（选填）'}
            </View>
            <PhotoPicker max={9} onChange={setPhotos} onBusyChange={setUploading} />
            <SheetFooter error={formError} busy={busy} label="确认办结" className="resolve-submit" onSubmit={submit} />
          </Sheet>
        ) : null}

        {sheet === 'transfer' ? (
          <Sheet name="transfer" title="转派工单" onClose={() => setSheet(null)}>
            <View className="order-field-label">转派给</View>
            <TargetList
              items={transferTargets}
              loading={!targets && !targetsError}
              error={targetsError}
              selected={targetId}
              onSelect={setTargetId}
              onRetry={loadTargets}
              empty="暂无可转派的单位"
            />
            <View className="order-field-label">转派原因</View>
            <Textarea
              className="staff-textarea order-textarea transfer-reason"
              value={note}
              maxlength={200}
              placeholder="例如：属于公共道路，不在本物业服务范围"
              onInput={(e) => setNote(e.detail.value)}
            />
            <SheetFooter error={formError} busy={busy} label="确认转派" className="transfer-submit" onSubmit={submit} />
          </Sheet>
        ) : null}

        {sheet === 'return' ? (
          <Sheet name="return" title="退回工单" onClose={() => setSheet(null)}>
            <View className="order-hint">退回后由社区重新派单。</View>
            <Textarea
              className="staff-textarea order-textarea return-reason"
              value={note}
              maxlength={200}
              placeholder="请写明退回原因，例如：该楼栋不属于本网格"
              onInput={(e) => setNote(e.detail.value)}
            />
            <SheetFooter error={formError} busy={busy} label="确认退回" className="return-submit" onSubmit={submit} />
          </Sheet>
        ) : null}

        {sheet === 'reject' ? (
          <Sheet name="reject" title="驳回工单" onClose={() => setSheet(null)}>
            <View className="order-hint">用于无效或重复的报事。驳回原因会通知居民。</View>
            <Textarea
              className="staff-textarea order-textarea reject-reason"
              value={note}
              maxlength={200}
              placeholder="请写明驳回原因，例如：与 HB-20261123-0003 重复，已合并处理"
              onInput={(e) => setNote(e.detail.value)}
            />
            <SheetFooter error={formError} busy={busy} label="确认驳回" className="reject-submit" onSubmit={submit} />
          </Sheet>
        ) : null}

        {sheet === 'escalate' ? (
          <Sheet name="escalate" title="吹哨：请部门报到" onClose={() => setSheet(null)}>
            <View className="order-field-label">报到部门</View>
            <TargetList
              items={departments}
              loading={!targets && !targetsError}
              error={targetsError}
              selected={targetId}
              onSelect={setTargetId}
              onRetry={loadTargets}
              empty="暂无可吹哨的部门"
            />
            <View className="order-field-label">需要协助的事项</View>
            <Textarea
              className="staff-textarea order-textarea escalate-note"
              value={note}
              maxlength={300}
              placeholder="例如：占道经营需城管执法，请派人到场"
              onInput={(e) => setNote(e.detail.value)}
            />
            <SheetFooter error={formError} busy={busy} label="确认吹哨" className="escalate-submit" onSubmit={submit} />
          </Sheet>
        ) : null}
      </View>
    </PageShell>
  )
}

function DeadlineRow(props: { label: string; at: string; live: boolean; done: boolean }) {
  if (!props.at) return null
  const text = props.live ? deadlineText(props.at) : ''
  const late = props.live && text.startsWith('已超时')
  return (
    <View className={`order-row order-deadline ${late ? 'is-overdue' : ''}`}>
      <Text className="order-label">{props.label}</Text>
      <Text className="order-value">
        {formatDateTime(props.at)}
        {text ? <Text className="order-deadline-left"> {text}</Text> : null}
        {props.done ? <Text className="order-deadline-done"> 已完成</Text> : null}
      </Text>
    </View>
  )
}

function TargetList(props: {
  items: Target[]
  loading: boolean
  error: ApiError | null
  selected: string
  onSelect: (id: string) => void
  onRetry: () => void
  empty: string
}) {
  if (props.error) return <ErrorBox error={props.error} onRetry={props.onRetry} />
  if (props.loading) return <Loading />
  if (!props.items.length) return <View className="order-hint">{props.empty}</View>
  return (
    <View className="order-targets">
      {props.items.map((t) => (
        <View
          key={t.id}
          className={`order-target ${props.selected === t.id ? 'is-selected' : ''}`}
          data-id={t.id}
          onClick={() => props.onSelect(t.id)}
        >
          <Text className="order-target-kind">{KIND_LABEL[t.kind]}</Text>
          <Text>{t.name}</Text>
        </View>
      ))}
    </View>
  )
}

function SheetFooter(props: { error: string; busy: boolean; label: string; className: string; onSubmit: () => void }) {
  return (
    <View className="order-sheet-footer">
      {props.error ? <View className="order-form-error">{props.error}</View> : null}
      <View className={`order-submit ${props.className} ${props.busy ? 'is-busy' : ''}`} onClick={props.onSubmit}>
        {props.busy ? '提交中…' : props.label}
      </View>
    </View>
  )
}
