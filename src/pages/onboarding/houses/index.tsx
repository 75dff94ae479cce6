/**
 * 我的住址: every binding with its status (待核实 / 已核实 / 未通过 and why), which one is current
 * (household.setCurrent), 解绑 (household.unbind, after a confirmation), 添加住址, and 注销账号.
 */
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import type { HouseholdView } from '../../../../types/household'
import { call, me, toApiError } from '../../../api'
import { Btn, Empty, ErrorBox, Loading, PageShell } from '../../../components'
import { go, ROUTES } from '../../../lib/routes'
import { useLoad } from '../../../lib/use-load'
import { HouseCard } from '../parts/HouseCard'
import '../onboarding.scss'

export default function HousesPage() {
  const list = useLoad(() => call<{ items: HouseholdView[] }>('household', 'mine', {}), [], { skip: true })
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  useDidShow(() => void list.reload())
  usePullDownRefresh(() => void list.reload().finally(() => Taro.stopPullDownRefresh()))

  const act = async (id: string, action: 'setCurrent' | 'unbind', done: string) => {
    setBusy(id + action)
    setError(null)
    try {
      await call('household', action, { id })
      await me().catch(() => undefined) // the cached address follows the current house
      Taro.showToast({ title: done, icon: 'success' })
      await list.reload()
    } catch (e) {
      setError(toApiError(e).message)
    } finally {
      setBusy(null)
    }
  }

  const unbind = async (h: HouseholdView) => {
    const res = await Taro.showModal({
      title: '解绑这个住址？',
      content: `${h.label}。解绑后不再用它核实身份；已报的事仍可在“我的报事”查看。`,
      confirmText: '解绑',
      confirmColor: '#cf222e',
      cancelText: '不解绑',
    })
    if (res.confirm) await act(h.id, 'unbind', '已解绑')
  }

  const items = list.data?.items ?? []
  return (
    <PageShell className="houses">
      {list.loading && !list.data ? <Loading /> : null}
      {list.error ? <ErrorBox error={list.error} onRetry={list.reload} /> : null}
      {list.data && items.length === 0 ? (
        <Empty
          text="还没有绑定住址。绑定后网格员会核实您是本小区住户。"
          actionText="绑定住址"
          onAction={() => go(ROUTES.bind)}
        />
      ) : null}
      {error ? <View className="alert-red houses-error">{error}</View> : null}
      {items.map((h) => (
        <HouseCard key={h.id} house={h}>
          <View className="btn-row house-actions">
            {!h.current && h.status !== 'rejected' ? (
              <Btn
                kind="secondary"
                className="set-current"
                loading={busy === `${h.id}setCurrent`}
                onClick={() => void act(h.id, 'setCurrent', '已设为当前')}
              >
                设为当前
              </Btn>
            ) : null}
            <Btn kind="danger" className="unbind" loading={busy === `${h.id}unbind`} onClick={() => void unbind(h)}>
              解绑
            </Btn>
          </View>
        </HouseCard>
      ))}
      {items.length ? (
        <Btn block className="add-house" onClick={() => go(ROUTES.bind)}>
          再绑定一处住址
        </Btn>
      ) : null}
      <View
        className="card card-link delete-account-link"
        style={{ marginTop: '40px' }}
        onClick={() => go(ROUTES.deleteAccount)}
      >
        <View className="grow">
          <Text className="block">注销账号</Text>
          <Text className="block muted small">删除您的个人信息</Text>
        </View>
        <Text className="chevron">›</Text>
      </View>
    </PageShell>
  )
}
