/** Local runtime only: pick a demo persona, log in, land on that persona's first page. */
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { Persona } from '../../../../types/identity'
import { getUser, login, personas, toApiError } from '../../../api'
import { Btn, ErrorBox, Loading, PageShell } from '../../../components'
import { IS_LOCAL } from '../../../lib/env'
import { landingFor, ROUTES } from '../../../lib/routes'
import { useLoad } from '../../../lib/use-load'

export default function PersonasPage() {
  const list = useLoad(() => personas(), [], { skip: !IS_LOCAL })
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const current = getUser()

  const pick = async (p: Persona) => {
    if (busy) return
    setBusy(p.key)
    setError(null)
    try {
      await login(p.key)
      Taro.reLaunch({ url: landingFor(p.roles) })
    } catch (e) {
      setError(toApiError(e).message)
    } finally {
      setBusy(null)
    }
  }

  if (!IS_LOCAL) {
    return (
      <PageShell>
        <View className="alert-blue">正式环境使用您的微信身份，无需选择演示身份。</View>
        <Btn block onClick={() => Taro.reLaunch({ url: ROUTES.home })}>
          返回首页
        </Btn>
      </PageShell>
    )
  }

  return (
    <PageShell>
      <Text className="h1">选择演示身份</Text>
      <Text className="block muted">本地演示环境：点一个身份即可登录。数据均为虚构。</Text>
      {current ? <Text className="block muted small">当前：{current.name}</Text> : null}
      {error ? <View className="alert-red">{error}</View> : null}
      {list.loading ? <Loading /> : null}
      {list.error ? <ErrorBox error={list.error} onRetry={list.reload} /> : null}
      <View className="persona-list" style={{ marginTop: '12px' }}>
        {(list.data ?? []).map((p) => (
          <View
            key={p.key}
            className={`card card-link persona-item${p.kind === 'staff' ? ' persona-staff' : ''}`}
            onClick={() => void pick(p)}
          >
            <View className="grow">
              <Text className="block persona-name">{p.name}</Text>
              <Text className="block muted small">{p.title}</Text>
            </View>
            <Text className="chevron">{busy === p.key ? '登录中…' : '›'}</Text>
          </View>
        ))}
      </View>
    </PageShell>
  )
}
