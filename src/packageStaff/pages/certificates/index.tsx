/** 证明办理: the community's certificate requests, the nearest deadline first; one tap opens the review. */
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import type { RequestRow } from '../../../../types/certificate'
import { formatTime, remainingText } from '../../../../types/china-time'
import { call } from '../../../api'
import { Empty, ErrorBox, Loading, PageShell } from '../../../components'
import { CERT_ROUTES } from '../../../lib/certificates'
import { go, withQuery } from '../../../lib/routes'
import { useLoad } from '../../../lib/use-load'

type Filter = 'todo' | 'waiting' | 'overdue' | 'checks' | 'done'
const FILTERS: { key: Filter; label: string }[] = [
  { key: 'todo', label: '待办' },
  { key: 'overdue', label: '已超时' },
  { key: 'waiting', label: '待补材料' },
  { key: 'checks', label: '承诺核查' },
  { key: 'done', label: '已办结' },
]

export default function CertificateInbox() {
  const [filter, setFilter] = useState<Filter>('todo')
  const list = useLoad(() => call<{ items: RequestRow[] }>('certificate', 'inbox', { filter }), [filter])
  usePullDownRefresh(() => {
    void list.reload().finally(() => Taro.stopPullDownRefresh())
  })
  useDidShow(() => {
    if (list.data) void list.reload()
  })
  const items = list.data?.items ?? []
  return (
    <PageShell className="cert-inbox">
      <View className="chips">
        {FILTERS.map((f) => (
          <Text
            key={f.key}
            className={`chip cert-filter-${f.key}${filter === f.key ? ' chip-on' : ''}`}
            onClick={() => setFilter(f.key)}
          >
            {f.label}
          </Text>
        ))}
      </View>
      {list.loading && !list.data ? <Loading /> : null}
      {list.error ? <ErrorBox error={list.error} onRetry={list.reload} /> : null}
      {list.data && items.length === 0 ? <Empty text="这里没有申请" /> : null}
      {items.map((r) => (
        <View
          key={r.id}
          className="card card-link card-link-stack cert-inbox-row"
          onClick={() => go(withQuery(CERT_ROUTES.staffReview, { id: r.id }))}
        >
          <View className="row between">
            <Text style={{ fontWeight: 'bold' }}>
              {r.typeName} · {r.applicantName}
            </Text>
            <Text className={`status-tag ${r.overdue ? 'status-overdue' : 'status-open'}`}>{r.statusLabel}</Text>
          </View>
          <Text className="block muted small">
            {r.number} · {r.purpose} · {formatTime(r.createdAt)}
            {r.proxyName ? ` · 网格员${r.proxyName}代办` : ''}
          </Text>
          {r.dueBy ? (
            <Text className={`block small ${r.overdue ? 'text-red' : ''}`}>
              办结时限 {formatTime(r.dueBy)}（{remainingText(r.dueBy)}）
            </Text>
          ) : null}
        </View>
      ))}
    </PageShell>
  )
}
