/** 在线办事: the certificates this community issues, each with its basis, materials and time limit. */
import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import type { TypeView } from '../../../../types/certificate'
import { call } from '../../../api'
import { Empty, ErrorBox, Loading, PageShell } from '../../../components'
import { CERT_ROUTES } from '../../../lib/certificates'
import { go, withQuery } from '../../../lib/routes'
import { useLoad } from '../../../lib/use-load'

export default function CertificateTypesPage() {
  const list = useLoad(() => call<{ items: TypeView[] }>('certificate', 'types', {}))
  usePullDownRefresh(() => {
    void list.reload().finally(() => Taro.stopPullDownRefresh())
  })
  const items = list.data?.items ?? []
  return (
    <PageShell className="cert-types">
      <View className="card card-link" onClick={() => go(CERT_ROUTES.mine)}>
        <Text className="channel-icon">📂</Text>
        <View className="grow" style={{ marginLeft: '16px' }}>
          <Text className="block" style={{ fontWeight: 'bold' }}>
            我的证明
          </Text>
          <Text className="block muted small">查看办理进度、补充材料、出示证明</Text>
        </View>
        <Text className="chevron">›</Text>
      </View>
      <Text className="h2">可以申请的证明</Text>
      {list.loading && !list.data ? <Loading /> : null}
      {list.error ? <ErrorBox error={list.error} onRetry={list.reload} /> : null}
      {list.data && items.length === 0 ? <Empty text="本社区暂未开放在线证明" /> : null}
      {items.map((t) => (
        <View
          key={t.code}
          className="card card-link card-link-stack cert-type"
          onClick={() => go(withQuery(CERT_ROUTES.apply, { code: t.code }))}
        >
          <View className="row between">
            <Text className="h1" style={{ margin: 0 }}>
              {t.name}
            </Text>
            <Text className="status-tag status-open">{t.timeLimitText}</Text>
          </View>
          <Text className="block muted small">
            {t.modeLabel} · {t.validityText}
            {t.countersign ? ' · 街道会签' : ''}
          </Text>
          <View className="kv">
            <Text className="kv-key">依据</Text>
            <Text className="kv-value small">{t.legalBasis}</Text>
          </View>
          <View className="kv">
            <Text className="kv-key">材料</Text>
            <Text className="kv-value">
              {t.materials.length
                ? t.materials.map((m) => `${m.name}${m.required ? '' : '（可选）'}`).join('、')
                : '无需材料，签署承诺即可'}
            </Text>
          </View>
          <Text className="block cert-apply-link">去申请 ›</Text>
        </View>
      ))}
    </PageShell>
  )
}
