import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { formatTime, remainingText } from '../../../../../types/china-time'
import type { OrderDetail } from '../../../../../types/report'

/** 谁在处理: the org and person on it, their deadlines while open, why it went there, and a whistle. */
export function HandlerCard({ o }: { o: OrderDetail }) {
  return (
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
      {o.servicePhone ? (
        <View className="kv">
          <Text className="kv-key">服务电话</Text>
          <Text className="kv-value">
            <Text className="service-phone">{o.servicePhone}</Text>
            <Text
              className="call-service"
              style={{ color: '#1f6feb', fontWeight: 'bold', marginLeft: '24px' }}
              onClick={() =>
                o.servicePhone && Taro.makePhoneCall({ phoneNumber: o.servicePhone }).catch(() => undefined)
              }
            >
              拨打
            </Text>
          </Text>
        </View>
      ) : null}
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
        {o.routeReason}
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
  )
}
