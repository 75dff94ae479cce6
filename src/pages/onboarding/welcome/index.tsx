/**
 * 第一次打开: what 小北 is for, the privacy notice in force (auth.privacy), and one button that signs
 * in with WeChat and records the consent (auth.consent). Then: staff to work, a resident without a
 * house to 绑定住址, everyone else home. With the demo pages on, the persona picker stays reachable.
 */
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { PrivacyNotice } from '../../../../types/household'
import { call, toApiError } from '../../../api'
import { Btn, ErrorBox, Loading, PageShell } from '../../../components'
import { DEV_PAGES } from '../../../lib/env'
import { go, landingFor, ROUTES, rolesOf } from '../../../lib/routes'
import { useLoad } from '../../../lib/use-load'
import { afterSignIn, consentTo, signInWithWechat } from '../sign-in'
import '../onboarding.scss'

const FEATURES = [
  { icon: '📣', text: '一键报事：楼道灯不亮、电梯故障，拍张照片，物业或网格员就来处理' },
  { icon: '📄', text: '在线办事：居住证明等证明网上申请，不用来回跑' },
  { icon: '🧺', text: '民生集市：义诊、理发、维修，提前预约不排队' },
  { icon: '⭐', text: '评价物业：您的评价计入每季度物业红黑榜' },
]

export default function WelcomePage() {
  const notice = useLoad(() => call<PrivacyNotice>('auth', 'privacy', {}))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const agree = async () => {
    if (!notice.data || busy) return
    setBusy(true)
    setError(null)
    try {
      const user = await signInWithWechat()
      await consentTo(notice.data)
      const next = afterSignIn(user)
      if (next === 'work') Taro.reLaunch({ url: landingFor(rolesOf(user)) })
      else if (next === 'bind') Taro.redirectTo({ url: ROUTES.bind })
      else Taro.reLaunch({ url: ROUTES.home })
    } catch (e) {
      setError(toApiError(e).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <PageShell className="welcome">
      <Text className="welcome-title">您好，我是小北</Text>
      <Text className="welcome-lead">街道和社区为居民开通的服务小程序。家门口的事，在这里说一声就有人管。</Text>
      <View className="card">
        {FEATURES.map((f) => (
          <View key={f.icon} className="welcome-feature">
            <Text className="welcome-feature-icon">{f.icon}</Text>
            <Text className="grow">{f.text}</Text>
          </View>
        ))}
      </View>

      <Text className="h2">隐私保护说明</Text>
      {notice.loading ? <Loading /> : null}
      {notice.error ? <ErrorBox error={notice.error} onRetry={notice.reload} /> : null}
      {notice.data ? (
        <View className="card privacy-notice">
          {notice.data.text.split('\n').map((line, i) => (
            <Text
              key={line}
              className={`privacy-text${i === 0 ? ' h2' : ''}`}
              style={i === 0 ? { margin: '0 0 12px' } : {}}
            >
              {line}
            </Text>
          ))}
          <Text className="privacy-version muted small">版本 {notice.data.version}</Text>
        </View>
      ) : null}

      {error ? <View className="alert-red welcome-error">{error}</View> : null}
      <View className="onboarding-actions">
        <Btn
          block
          className="agree-sign-in"
          disabled={!notice.data}
          loading={busy}
          loadingText="正在登录…"
          onClick={agree}
        >
          同意并用微信登录
        </Btn>
        <Text className="block muted small" style={{ marginBottom: '28px', textAlign: 'center' }}>
          点击即表示您已阅读并同意上面的隐私保护说明
        </Text>
        <Btn kind="secondary" block className="have-invite" onClick={() => go(ROUTES.redeemInvite)}>
          我是工作人员，有邀请码
        </Btn>
        <Btn kind="plain" block className="password-sign-in" onClick={() => go(ROUTES.staffPassword)}>
          工作人员账号密码登录
        </Btn>
        {DEV_PAGES ? (
          <Btn kind="plain" block className="demo-personas" onClick={() => Taro.reLaunch({ url: ROUTES.personas })}>
            选择演示身份（本地演示）
          </Btn>
        ) : null}
      </View>
    </PageShell>
  )
}
