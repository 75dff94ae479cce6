/** The read-only cards of the staff order page: the order, its deadlines, who reported and who handles it, the whistle, the rating. */
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'
import { formatDateTime, remainingText } from '../../../../../types/china-time'
import type { OrderDetail } from '../../../../../types/report'
import { PhotoGrid, StatusTag } from '../../../../components'
import { HANDLER_KIND_LABELS } from '../../../../lib/contract'
import { escalationBadge } from '../../../../lib/order-labels'

type Props = { o: OrderDetail }

const Badge = (props: { when: unknown; kind: string; children: ReactNode }) =>
  props.when ? <Text className={`s-badge s-badge-${props.kind}`}>{props.children}</Text> : null

function Row(props: { label: string; className?: string; children: ReactNode }) {
  return (
    <View className={`order-row ${props.className ?? ''}`}>
      <Text className="order-label">{props.label}</Text>
      {props.children}
    </View>
  )
}

export function HeadCard({ o }: Props) {
  return (
    <View className={`order-card order-head ${o.overdue ? 'is-overdue' : ''}`}>
      <View className="order-head-top">
        <Text className="order-category">{o.categoryName}</Text>
        <StatusTag status={o.status} label={o.statusLabel} overdue={o.overdue} />
      </View>
      <View className="order-badges">
        <Badge when={o.urgent} kind="urgent">
          紧急
        </Badge>
        <Badge when={o.supervised} kind="supervised">
          督办
        </Badge>
        <Badge when={o.escalationLevel > 0} kind="escalated">
          {escalationBadge(o.escalationLevel)}
        </Badge>
        <Badge when={o.pool} kind="pool">
          抢单池
        </Badge>
        <Badge when={o.reopenCount > 0} kind="supervised">
          重办{o.reopenCount}次
        </Badge>
        <Badge when={o.followerCount > 0} kind="follow">
          {o.followerCount}人同问
        </Badge>
        <Badge when={o.source === 'patrol'} kind="follow">
          巡查上报
        </Badge>
      </View>
      <View className="order-number">工单号 {o.number}</View>
      <View className="order-address">{o.addressLabel}</View>
      <View className="order-desc">{o.description}</View>
      <PhotoGrid urls={o.photoUrls} className="order-photos" />
      <View className="order-meta">
        {o.source === 'patrol' ? '巡查发现' : '居民报事'}于 {formatDateTime(o.createdAt)}
      </View>
    </View>
  )
}

function DeadlineRow(props: { label: string; at: string; live: boolean; done: boolean }) {
  if (!props.at) return null
  const text = props.live ? remainingText(props.at) : ''
  const late = props.live && text.startsWith('已超时')
  return (
    <Row label={props.label} className={`order-deadline ${late ? 'is-overdue' : ''}`}>
      <Text className="order-value">
        {formatDateTime(props.at)}
        {text ? <Text className="order-deadline-left"> {text}</Text> : null}
        {props.done ? <Text className="order-deadline-done"> 已完成</Text> : null}
      </Text>
    </Row>
  )
}

export function DeadlineCard({ o }: Props) {
  if (o.statusGroup === 'closed') return null
  const waiting = o.status === 'assigned' || o.status === 'returned'
  return (
    <View className={`order-card order-deadlines ${o.overdue ? 'is-overdue' : ''}`}>
      <View className="order-section-title">办理时限</View>
      <DeadlineRow label="签收时限" at={o.acknowledgeBy} live={waiting} done={!waiting} />
      <DeadlineRow
        label="办结时限"
        at={o.resolveBy}
        live={o.status === 'acknowledged' || o.status === 'in_progress' || o.status === 'assigned'}
        done={o.status === 'resolved'}
      />
      {o.overdue ? <View className="order-overdue-note">已超时，请尽快处理</View> : null}
    </View>
  )
}

export function PeopleCards({ o }: Props) {
  // the handler's title often repeats the org ('维修员 · 博泰佳苑物业服务中心'): show the role once
  const role = o.handler.roleLabel.replace(` · ${o.handler.orgName}`, '')
  const phone = o.reporterPhone
  return (
    <>
      <View className="order-card">
        <View className="order-section-title">报事人</View>
        <Row label="姓名">
          <Text className="order-value">{o.reporterName}</Text>
        </Row>
        {phone ? (
          <Row label="电话">
            <Text className="order-value order-phone">{phone}</Text>
            {phone.includes('*') ? null : (
              <View
                className="order-call"
                onClick={() => Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)}
              >
                拨打
              </View>
            )}
          </Row>
        ) : null}
      </View>
      <View className="order-card">
        <View className="order-section-title">办理人</View>
        <Row label="单位">
          <Text className="order-value">
            {o.handler.orgName}（{HANDLER_KIND_LABELS[o.handler.kind]}）
          </Text>
        </Row>
        <Row label="经办">
          <Text className="order-value">
            {o.handler.staffName ? `${o.handler.staffName}${role ? ` · ${role}` : ''}` : '待抢单'}
          </Text>
        </Row>
        {o.routeReason ? (
          <Row label="依据">
            <Text className="order-value order-route-reason">{o.routeReason}</Text>
          </Row>
        ) : null}
      </View>
    </>
  )
}

export function WhistleCard({ o }: Props) {
  const w = o.whistle
  if (!w) return null
  return (
    <View className={`order-card order-whistle ${w.reportedAt ? '' : 'is-pending'}`}>
      <View className="order-section-title">吹哨报到</View>
      <Row label="部门">
        <Text className="order-value">{w.departmentName}</Text>
      </Row>
      {w.note ? (
        <Row label="事项">
          <Text className="order-value">{w.note}</Text>
        </Row>
      ) : null}
      <Row label="报到">
        <Text className="order-value">
          {w.reportedAt
            ? `已于 ${formatDateTime(w.reportedAt)} 报到`
            : `待报到，${remainingText(w.reportBy)}（${formatDateTime(w.reportBy)} 前）`}
        </Text>
      </Row>
    </View>
  )
}

export function AfterPhotosCard({ o }: Props) {
  if (!o.afterPhotoUrls.length) return null
  return (
    <View className="order-card">
      <View className="order-section-title">处理后照片</View>
      <PhotoGrid urls={o.afterPhotoUrls} className="order-photos" />
    </View>
  )
}

export function RatingCard({ o }: Props) {
  if (!o.rating) return null
  return (
    <View className="order-card">
      <View className="order-section-title">居民评价</View>
      <View className="order-rating">
        {'★'.repeat(o.rating.stars)}
        {'☆'.repeat(5 - o.rating.stars)}
        {o.rating.tags.length ? ` ${o.rating.tags.join('、')}` : ''}
      </View>
      {o.rating.comment ? <View className="order-desc">{o.rating.comment}</View> : null}
    </View>
  )
}
