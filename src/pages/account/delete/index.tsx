/**
 * 注销账号 (auth.deleteAccount): says plainly what is deleted and what is kept, asks the person to
 * tick that they understand and confirm once more, then ends the session on this device.
 * Staff leave through their admin (org.removeStaff) instead.
 */
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { call, getUser, logout, toApiError } from '../../../api'
import { Btn, PageShell } from '../../../components'
import { go, ROUTES } from '../../../lib/routes'

const DELETED = ['您的姓名、手机号和微信登录信息', '您绑定的全部住址（自动解绑）', '您的同问关注和消息']
const KEPT = [
  '您报过的事和办理记录仍然保留，报事人显示为“已注销用户”，不再显示姓名和电话',
  '报事时上传的照片随工单保留，供办理和考核使用',
  '社区自己的房屋/人口底册由社区保管，不因注销而删除',
]

export default function DeleteAccountPage() {
  const user = getUser()
  const [understood, setUnderstood] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  if (user?.kind === 'staff') {
    return (
      <PageShell>
        <View className="alert-blue">工作人员账号由单位管理员办理离岗，请联系您的管理员。</View>
        <Btn block onClick={() => go(ROUTES.mine)}>
          返回我的
        </Btn>
      </PageShell>
    )
  }

  const erase = async () => {
    if (!understood) {
      setError('请先勾选“我已了解”')
      return
    }
    const res = await Taro.showModal({
      title: '确定注销？',
      content: '注销后无法恢复。以后再用微信登录，将是一个新的空账号。',
      confirmText: '确定注销',
      confirmColor: '#cf222e',
      cancelText: '再想想',
    })
    if (!res.confirm) return
    setBusy(true)
    setError(null)
    try {
      await call('auth', 'deleteAccount', {})
      logout()
      Taro.showToast({ title: '账号已注销', icon: 'success' })
      Taro.reLaunch({ url: ROUTES.welcome })
    } catch (e) {
      setError(toApiError(e).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <PageShell className="delete-account">
      <Text className="h1">注销账号</Text>
      <View className="card">
        <Text className="field-label">会删除</Text>
        {DELETED.map((t) => (
          <Text key={t} className="block" style={{ lineHeight: 1.6, marginBottom: '10px' }}>
            · {t}
          </Text>
        ))}
      </View>
      <View className="card">
        <Text className="field-label">会保留</Text>
        {KEPT.map((t) => (
          <Text key={t} className="block" style={{ lineHeight: 1.6, marginBottom: '10px' }}>
            · {t}
          </Text>
        ))}
      </View>
      <Text
        className={`chip delete-understood${understood ? ' chip-on' : ''}`}
        onClick={() => setUnderstood(!understood)}
      >
        {understood ? '☑' : '☐'} 我已了解，注销后无法恢复
      </Text>
      <View style={{ height: '28px' }} />
      {error ? <View className="alert-red">{error}</View> : null}
      <View className="btn-row">
        <Btn kind="secondary" onClick={() => Taro.navigateBack().catch(() => go(ROUTES.mine))}>
          不注销了
        </Btn>
        <Btn kind="danger" className="confirm-delete" loading={busy} loadingText="正在注销…" onClick={erase}>
          注销账号
        </Btn>
      </View>
    </PageShell>
  )
}
