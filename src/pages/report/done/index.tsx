/** 提交成功: the order number, who it went to and why, and the deadlines. */
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { formatTime, remainingText } from '../../../../types/china-time'
import type { SubmitOutput } from '../../../../types/report'
import { Btn, PageShell } from '../../../components'
import { HANDLER_KIND_LABELS, RESIDENT_STATUS_LABEL } from '../../../lib/contract'
import { go, LAST_SUBMIT_KEY, ROUTES, withQuery } from '../../../lib/routes'

/** the server's reason already reads '已派给 …：…'; older answers only give the why */
function routeText(out: SubmitOutput): string {
  if (out.reason.startsWith('已派给')) return out.reason
  return `已派给 ${out.handler.orgName}（${HANDLER_KIND_LABELS[out.handler.kind] ?? out.handler.kind}）：${out.reason}`
}

export default function ReportDonePage() {
  const { params } = useRouter()
  const stored = Taro.getStorageSync(LAST_SUBMIT_KEY) as (SubmitOutput & { categoryName?: string }) | ''
  const out = stored && (!params.id || stored.id === params.id) ? stored : null
  const id = params.id ?? out?.id

  return (
    <PageShell className="report-done">
      <View className="state">
        {/* drawn, not a glyph: CJK fonts on some phones draw ✓ as a blob */}
        <View
          className="done-check"
          style={{
            width: '2.6em',
            height: '2.6em',
            borderRadius: '50%',
            background: '#1a7f37',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            margin: '0 auto 0.3em',
          }}
        >
          <View
            style={{
              width: '0.7em',
              height: '1.3em',
              borderRight: '0.22em solid #fff',
              borderBottom: '0.22em solid #fff',
              transform: 'rotate(45deg) translate(-0.1em, -0.15em)',
            }}
          />
        </View>
        <Text className="h1">提交成功</Text>
        {out ? (
          <Text className="block">
            工单号 <Text className="order-number">{out.number}</Text>
          </Text>
        ) : null}
      </View>
      {out ? (
        <View className="card">
          <Text className="block route-reason" style={{ fontWeight: 'bold' }}>
            {routeText(out)}
          </Text>
          <View className="kv">
            <Text className="kv-key">状态</Text>
            <Text className="kv-value">{RESIDENT_STATUS_LABEL[out.status] ?? out.status}</Text>
          </View>
          <View className="kv">
            <Text className="kv-key">签收时限</Text>
            <Text className="kv-value">
              {formatTime(out.deadlines.acknowledgeBy)}（{remainingText(out.deadlines.acknowledgeBy)}）
            </Text>
          </View>
          <View className="kv">
            <Text className="kv-key">办结时限</Text>
            <Text className="kv-value">
              {formatTime(out.deadlines.resolveBy)}（{remainingText(out.deadlines.resolveBy)}）
            </Text>
          </View>
          <Text className="block muted small" style={{ marginTop: '12px' }}>
            超时未处理会自动上报上级督办。办理进展会通知您。
          </Text>
        </View>
      ) : (
        <View className="alert-blue">您的报事已提交，可在“我的报事”中查看进度。</View>
      )}
      <Btn
        block
        className="view-progress"
        onClick={() => (id ? Taro.redirectTo({ url: withQuery(ROUTES.reportDetail, { id }) }) : go(ROUTES.reportMine))}
      >
        查看进度
      </Btn>
      <Btn kind="secondary" block onClick={() => Taro.switchTab({ url: ROUTES.home })}>
        返回首页
      </Btn>
    </PageShell>
  )
}
