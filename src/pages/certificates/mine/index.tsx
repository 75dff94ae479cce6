/** 我的证明: every request, newest first, with where it stands and when it is due. */
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import type { RequestRow } from '../../../../types/certificate'
import { formatTime } from '../../../../types/china-time'
import { call } from '../../../api'
import { Empty, ErrorBox, Loading, PageShell } from '../../../components'
import { CERT_ROUTES, dayText } from '../../../lib/certificates'
import { go, withQuery } from '../../../lib/routes'
import { useLoad } from '../../../lib/use-load'

export default function MyCertificatesPage() {
  const list = useLoad(() => call<{ items: RequestRow[] }>('certificate', 'mine', {}))
  usePullDownRefresh(() => {
    void list.reload().finally(() => Taro.stopPullDownRefresh())
  })
  useDidShow(() => {
    if (list.data) void list.reload()
  })
  const items = list.data?.items ?? []
  return (
    <PageShell className="cert-mine">
      {list.loading && !list.data ? <Loading /> : null}
      {list.error ? <ErrorBox error={list.error} onRetry={list.reload} /> : null}
      {list.data && items.length === 0 ? (
        <Empty text="还没有申请过证明" actionText="去申请" onAction={() => go(CERT_ROUTES.types)} />
      ) : null}
      {items.map((r) => (
        <View
          key={r.id}
          className="card card-link card-link-stack cert-row"
          onClick={() => go(withQuery(CERT_ROUTES.detail, { id: r.id }))}
        >
          <View className="row between">
            <Text style={{ fontWeight: 'bold' }}>
              {r.typeName} · {r.purpose}
            </Text>
            <Text className={`status-tag ${r.overdue ? 'status-overdue' : 'status-open'}`}>{r.statusLabel}</Text>
          </View>
          <Text className="block muted small">
            {r.number} · {formatTime(r.createdAt)}
            {r.dueBy ? ` · 预计${dayText(r.dueBy)}前办结` : ''}
          </Text>
          {r.proxyName ? (
            <Text className="block small muted cert-row-proxy">
              网格员{r.proxyName}代办 · 申请人 {r.applicantName}
            </Text>
          ) : null}
        </View>
      ))}
    </PageShell>
  )
}
