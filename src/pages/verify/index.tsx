/**
 * 证明核验 (public, no sign-in): what a school or employer sees after scanning a certificate's QR.
 * Live status, type, masked holder, issuer, dates and purpose, and the checklist; the full content
 * with the holder's full name or a 用证码. Readable on a phone and at desktop width.
 */
import { Input, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { VerifyOutput } from '../../../types/certificate'
import { formatDateTime } from '../../../types/china-time'
import { call } from '../../api'
import { Btn, ErrorBox, Loading, PageShell } from '../../components'
import { useLoad } from '../../lib/use-load'
import './index.scss'

export default function VerifyPage() {
  const { params } = useRouter()
  // H5: ?token=…; a mini-program code opens the page with the token as its (encoded) `scene`
  const token = decodeURIComponent(params.token ?? params.scene ?? '').trim()
  const [unlock, setUnlock] = useState<{ holderName?: string; code?: string }>({})
  const [input, setInput] = useState('')
  const [error, setError] = useState<string | null>(null)
  const result = useLoad(() => call<VerifyOutput>('certificate', 'verify', { token, ...unlock }), [token, unlock], {
    skip: !token,
  })
  const v = result.data

  const showFull = () => {
    const text = input.trim()
    setError(null)
    if (/^\d{6}$/.test(text)) setUnlock({ code: text })
    else if (text.length >= 2) setUnlock({ holderName: text })
    else setError('请输入持证人完整姓名，或6位用证码')
  }

  return (
    <PageShell className="verify-page">
      <View className="verify-wrap">
        {!token ? <ErrorBox error={{ code: 'INVALID_INPUT', message: '缺少核验码，请重新扫码' }} /> : null}
        {result.loading && !v ? <Loading text="正在核验…" /> : null}
        {result.error ? <ErrorBox error={result.error} onRetry={result.reload} /> : null}
        {v ? (
          <View>
            <View className={`card verify-status ${v.valid ? 'verify-ok' : 'verify-bad'}`}>
              <Text className="verify-big">{v.statusLabel}</Text>
              <Text className="block">{v.valid ? '这是小北在线办事出具的有效电子证明' : '请勿以此证明办理业务'}</Text>
            </View>
            {v.status !== 'unknown' ? (
              <View className="card">
                <View className="kv">
                  <Text className="kv-key">证明</Text>
                  <Text className="kv-value verify-type">{v.typeName}</Text>
                </View>
                <View className="kv">
                  <Text className="kv-key">持证人</Text>
                  <Text className="kv-value verify-holder">{v.face?.holderName ?? v.holderMasked}</Text>
                </View>
                <View className="kv">
                  <Text className="kv-key">出证单位</Text>
                  <Text className="kv-value">{v.issuerName}</Text>
                </View>
                <View className="kv">
                  <Text className="kv-key">出具时间</Text>
                  <Text className="kv-value">{formatDateTime(v.issuedAt)}</Text>
                </View>
                <View className="kv">
                  <Text className="kv-key">有效期</Text>
                  <Text className="kv-value">
                    {v.validUntil ? `至${formatDateTime(v.validUntil).slice(0, 10)}` : '长期有效'}
                  </Text>
                </View>
                <View className="kv">
                  <Text className="kv-key">用途</Text>
                  <Text className="kv-value">{v.purpose}</Text>
                </View>
                <View className="kv">
                  <Text className="kv-key">编号</Text>
                  <Text className="kv-value">{v.serialNo}</Text>
                </View>
              </View>
            ) : null}
            <View className="card">
              <Text className="field-label">核验项目</Text>
              {v.checks.map((c) => (
                <Text key={c.name} className={`block verify-check ${c.ok ? 'verify-check-ok' : 'verify-check-bad'}`}>
                  {c.ok ? '✓' : '✗'} {c.label}
                </Text>
              ))}
            </View>
            {v.face ? (
              <View className="card verify-face">
                <Text className="field-label">证明内容</Text>
                <Text className="block">{v.face.wording}</Text>
              </View>
            ) : v.status !== 'unknown' ? (
              <View className="card">
                <Text className="field-label">查看完整内容</Text>
                <Input
                  className="input verify-unlock"
                  value={input}
                  placeholder="持证人完整姓名，或6位用证码"
                  onInput={(e) => setInput(e.detail.value)}
                />
                {error ? <Text className="block field-error">{error}</Text> : null}
                <Btn kind="secondary" block onClick={showFull}>
                  查看
                </Btn>
              </View>
            ) : null}
          </View>
        ) : null}
      </View>
    </PageShell>
  )
}
