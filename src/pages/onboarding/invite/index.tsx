/**
 * 使用邀请码: a person signs in with WeChat and redeems the code an admin gave them
 * (auth.redeemInvite); from then on they are that staff member. The deployment's first street admin
 * arrives the same way, with the bootstrap code.
 */
import { Input, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { call, me, toApiError } from '../../../api'
import { Btn, PageShell } from '../../../components'
import { landingFor, rolesOf } from '../../../lib/routes'
import { signInWithWechat } from '../sign-in'
import '../onboarding.scss'

interface Redeemed {
  roleLabel: string
  orgName: string
}

export default function RedeemInvitePage() {
  const { params } = useRouter()
  const [code, setCode] = useState(params.code ?? '')
  const [name, setName] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<Redeemed | null>(null)

  const redeem = async () => {
    const trimmed = code.trim()
    if (trimmed.length < 6) {
      setError('请填写管理员给您的邀请码')
      return
    }
    setBusy(true)
    setError(null)
    try {
      await signInWithWechat()
      const out = await call<Redeemed>('auth', 'redeemInvite', {
        code: trimmed,
        ...(name.trim() ? { name: name.trim() } : {}),
      })
      await me()
      setDone(out)
    } catch (e) {
      setError(toApiError(e).message)
    } finally {
      setBusy(false)
    }
  }

  const toWork = async () => {
    const { user } = await me().catch(() => ({ user: null }))
    Taro.reLaunch({ url: landingFor(rolesOf(user)) })
  }

  if (done) {
    return (
      <PageShell>
        <View className="card invite-done">
          <Text className="h1">✅ 欢迎加入</Text>
          <Text className="block welcome-lead">
            您已成为 {done.orgName} 的{done.roleLabel}。
          </Text>
        </View>
        <Btn block className="to-work" onClick={() => void toWork()}>
          进入工作台
        </Btn>
      </PageShell>
    )
  }

  return (
    <PageShell>
      <Text className="h1">使用邀请码</Text>
      <Text className="block muted" style={{ marginBottom: '24px' }}>
        社区或街道管理员会给您一个邀请码（7天内有效，只能用一次）。用微信登录后填写即可。
      </Text>
      <View className="card">
        <View className="field">
          <Text className="field-label">邀请码</Text>
          <Input
            className="input invite-code-input"
            maxlength={64}
            value={code}
            placeholder="如 K7PQ2M9X"
            onInput={(e) => setCode(e.detail.value)}
          />
        </View>
        <View className="field" style={{ marginBottom: 0 }}>
          <Text className="field-label">您的姓名（同事和居民会看到）</Text>
          <Input
            className="input invite-name"
            maxlength={20}
            value={name}
            placeholder="可不填，默认用微信登录时的名字"
            onInput={(e) => setName(e.detail.value)}
          />
        </View>
      </View>
      {error ? <View className="alert-red invite-error">{error}</View> : null}
      <Btn block className="redeem" loading={busy} loadingText="正在核对…" onClick={redeem}>
        微信登录并使用邀请码
      </Btn>
    </PageShell>
  )
}
