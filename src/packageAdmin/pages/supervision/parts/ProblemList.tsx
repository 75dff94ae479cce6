/** 问题工单 of the scope (reopened or transferred 3 times or more), each opening the order itself. */
import { Text, View } from '@tarojs/components'
import { formatTime } from '../../../../../types/china-time'
import type { ProblemsOutput, SupervisionScope } from '../../../../../types/supervision'
import { call } from '../../../../api'
import { Empty, ErrorBox, Loading } from '../../../../components'
import { STATUS_LABEL } from '../../../../lib/contract'
import { go, ROUTES, withQuery } from '../../../../lib/routes'
import { useLoad } from '../../../../lib/use-load'

export function ProblemList({ scope, title }: { scope: SupervisionScope; title: string }) {
  const { data, error, loading, reload } = useLoad(
    () => call<ProblemsOutput>('supervision', 'problems', { scope }),
    [scope.kind, scope.id],
  )
  return (
    <View className="sv-section sv-problems">
      <Text className="sv-h">
        {title}
        {data ? <Text className="sv-h-count">（{data.items.length}）</Text> : null}
      </Text>
      <Text className="block muted small sv-h-note">重办3次以上或转派3次以上的工单，需督办。点开查看处理经过。</Text>
      {loading ? <Loading /> : null}
      {error ? <ErrorBox error={error} onRetry={reload} /> : null}
      {data && !data.items.length ? <Empty text="没有问题工单" /> : null}
      {data?.items.map((o) => (
        <View
          key={o.orderId}
          className="adm-row sv-problem"
          data-id={o.orderId}
          onClick={() => go(withQuery(ROUTES.staffOrder, { id: o.orderId }))}
        >
          <View className="adm-row-top">
            <Text className="adm-row-name">{o.categoryName}</Text>
            {o.reasons.map((r) => (
              <Text key={r} className="adm-tag adm-tag-red">
                {r}
              </Text>
            ))}
            <View className="adm-spacer" />
            <Text className="adm-tag">{(STATUS_LABEL as Record<string, string>)[o.status] ?? o.status}</Text>
          </View>
          <Text className="adm-row-line">{o.addressLabel}</Text>
          <Text className="adm-row-line">
            {o.handlerOrgName} · 重办{o.reopenCount}次 · 转派{o.transferCount}次
          </Text>
          <Text className="adm-row-line">
            {o.number} · {formatTime(o.createdAt)}
          </Text>
        </View>
      ))}
    </View>
  )
}
