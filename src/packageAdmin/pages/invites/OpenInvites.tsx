/**
 * 未使用的邀请码: the open invites of the orgs this admin manages (role, org, who made it, until when),
 * each with 作废. The codes themselves are not kept, so a lost code is made anew, and the old one 作废.
 */
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { formatTime } from '../../../../types/china-time'
import type { OpenInvitesOutput } from '../../../../types/org'
import { call, toApiError } from '../../../api'
import { Btn, ErrorBox } from '../../../components'
import type { Loaded } from '../../../lib/use-load'

export function OpenInvites(props: { list: Loaded<OpenInvitesOutput> }) {
  const { list } = props
  const [busy, setBusy] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  const revoke = async (id: string, label: string) => {
    const ask = await Taro.showModal({
      title: '作废邀请码',
      content: `作废后，${label}的这个邀请码不能再使用。`,
      confirmText: '作废',
    })
    if (!ask.confirm) return
    setBusy(id)
    setProblem(null)
    try {
      await call('org', 'revokeInvite', { id })
      await list.reload()
    } catch (e) {
      setProblem(toApiError(e).message)
    } finally {
      setBusy(null)
    }
  }

  if (list.error) return <ErrorBox error={list.error} onRetry={list.reload} />
  const items = list.data?.items ?? []
  return (
    <View className="card open-invites">
      <Text className="adm-editor-title">未使用的邀请码（{list.data ? items.length : '…'}）</Text>
      {problem ? <View className="alert-red">{problem}</View> : null}
      {list.data && items.length === 0 ? <Text className="block muted">没有未使用的邀请码。</Text> : null}
      {items.map((i) => (
        <View key={i.id} className="open-invite" data-id={i.id}>
          <View className="open-invite-text">
            <Text className="block">
              {i.orgName} · {i.roleLabel}
            </Text>
            <Text className="block muted">
              {i.createdByName} 生成于 {formatTime(i.createdAt)}，{formatTime(i.expiresAt)} 前有效
            </Text>
          </View>
          <Btn
            kind="secondary"
            className="open-invite-revoke"
            loading={busy === i.id}
            onClick={() => void revoke(i.id, `${i.orgName}${i.roleLabel}`)}
          >
            作废
          </Btn>
        </View>
      ))}
    </View>
  )
}
