/**
 * Staff on the H5 console: 账号密码登录 (auth.passwordLogin) when nobody is signed in, then
 * 修改密码 (auth.changePassword), which a temporary password from an admin's reset requires at once.
 */
import { Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { User } from '../../../../types/identity'
import { call, getToken, getUser, toApiError } from '../../../api'
import { saveSession } from '../../../api/storage'
import { Btn, PageShell } from '../../../components'
import { landingFor, rolesOf } from '../../../lib/routes'

interface SignedIn {
  token: string
  user: User
  mustChangePassword?: boolean
}

function Field(props: {
  label: string
  value: string
  onInput: (v: string) => void
  password?: boolean
  className: string
}) {
  return (
    <View className="field">
      <Text className="field-label">{props.label}</Text>
      <Input
        className={`input ${props.className}`}
        password={props.password}
        maxlength={128}
        value={props.value}
        onInput={(e) => props.onInput(e.detail.value)}
      />
    </View>
  )
}

export default function PasswordPage() {
  const [signedIn, setSignedIn] = useState(() => !!getToken() && getUser()?.kind === 'staff')
  const [mustChange, setMustChange] = useState(false)
  const [account, setAccount] = useState('')
  const [old, setOld] = useState('')
  const [next, setNext] = useState('')
  const [again, setAgain] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const toWork = () => Taro.reLaunch({ url: landingFor(rolesOf(getUser())) })

  const login = async () => {
    if (!account.trim() || !old) {
      setError('请填写账号和密码')
      return
    }
    setBusy(true)
    setError(null)
    try {
      const out = await call<SignedIn>('auth', 'passwordLogin', { account: account.trim(), password: old })
      saveSession(out.token, out.user)
      if (out.mustChangePassword) {
        setMustChange(true)
        setSignedIn(true)
      } else toWork()
    } catch (e) {
      setError(toApiError(e).message)
    } finally {
      setBusy(false)
    }
  }

  const change = async () => {
    if (next.length < 8) return setError('新密码至少8位')
    if (next !== again) return setError('两次输入的新密码不一致')
    setBusy(true)
    setError(null)
    try {
      await call('auth', 'changePassword', { old, new: next })
      Taro.showToast({ title: '密码已修改', icon: 'success' })
      setTimeout(toWork, 800)
    } catch (e) {
      setError(toApiError(e).message)
    } finally {
      setBusy(false)
    }
  }

  if (!signedIn) {
    return (
      <PageShell className="password-login">
        <Text className="h1">工作人员登录</Text>
        <Text className="block muted" style={{ marginBottom: '24px', lineHeight: 1.5 }}>
          账号和初始密码由管理员提供。连续输错5次，账号锁定15分钟。
        </Text>
        <View className="card">
          <Field label="账号" value={account} onInput={setAccount} className="login-account" />
          <Field label="密码" value={old} onInput={setOld} password className="login-password" />
        </View>
        {error ? <View className="alert-red password-error">{error}</View> : null}
        <Btn block className="login-submit" loading={busy} loadingText="正在登录…" onClick={login}>
          登录
        </Btn>
      </PageShell>
    )
  }

  return (
    <PageShell className="password-change">
      <Text className="h1">修改密码</Text>
      {mustChange ? <View className="alert-blue">您用的是管理员给的临时密码，请先设置自己的新密码。</View> : null}
      <View className="card">
        {mustChange ? null : <Field label="原密码" value={old} onInput={setOld} password className="old-password" />}
        <Field label="新密码（至少8位，不能有空格）" value={next} onInput={setNext} password className="new-password" />
        <Field label="再输一次新密码" value={again} onInput={setAgain} password className="new-password-again" />
      </View>
      {error ? <View className="alert-red password-error">{error}</View> : null}
      <Btn block className="change-submit" loading={busy} loadingText="正在保存…" onClick={change}>
        保存新密码
      </Btn>
    </PageShell>
  )
}
