/**
 * 邀请工作人员: the admin picks a role (and, where it is not their own org, the grid, community, company
 * or department), and gets a single-use code, valid 7 days, to hand to the new colleague, who enters it
 * in 小北 under 我有邀请码 or by scanning the QR (a link to that page with the code filled in). Codes made
 * here stay shown until the page is left; below, 未使用的邀请码 lists every open invite (without its
 * code, which is not kept) with 作废.
 */
import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { formatTime } from '../../../../types/china-time'
import type { InviteOutput, OpenInvitesOutput } from '../../../../types/org'
import { call, getUser, toApiError } from '../../../api'
import { Btn, ErrorBox, PageShell } from '../../../components'
import { pageLink, qrDataUrl } from '../../../lib/qr'
import { go, ROUTES, withQuery } from '../../../lib/routes'
import { useLoad } from '../../../lib/use-load'
import { Chips } from '../../shared/fields'
import { PickList } from '../../shared/PickList'
import { loadPlacesAndOrgs, orgOptions, placeOptions } from '../../shared/refs'
import { OpenInvites } from './OpenInvites'
import { type InviteRole, invitableRoles, needsOrgChoice, ROLE_ORG_KIND } from './roles'
import '../../shared/admin.scss'
import './index.scss'

type Invite = { code: string; expiresAt: string; roleLabel: string; orgName: string }

export default function InvitesPage() {
  const [user] = useState(getUser)
  const myRoles = (user?.scopes ?? []).map((s) => s.role)
  const roles = invitableRoles(myRoles)
  const [role, setRole] = useState<InviteRole | null>(null)
  const [orgId, setOrgId] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [made, setMade] = useState<Invite[]>([])
  const canPick = myRoles.includes('street_admin') || myRoles.includes('community_admin')
  const refs = useLoad(() => (canPick ? loadPlacesAndOrgs() : Promise.resolve(null)), [canPick])
  const open = useLoad(() => call<OpenInvitesOutput>('org', 'invites', {}), [], { skip: !roles.length })

  const chosen = role ?? roles[0]?.value ?? null
  const askOrg = chosen ? needsOrgChoice(chosen, myRoles) : false
  const kind = chosen ? ROLE_ORG_KIND[chosen] : null
  const options =
    kind === 'grid' || kind === 'community'
      ? placeOptions(refs.data, kind)
      : kind === 'property' || kind === 'department'
        ? orgOptions(refs.data, kind)
        : []

  const make = async () => {
    if (!chosen) return
    if (askOrg && !orgId) {
      setProblem(kind === 'grid' ? '请先选择网格' : '请先选择单位')
      return
    }
    setProblem(null)
    setBusy(true)
    try {
      const body = askOrg ? (kind === 'grid' ? { gridId: orgId } : { orgId }) : {}
      const out = await call<InviteOutput>('org', 'invite', { role: chosen, ...body })
      const label = roles.find((r) => r.value === chosen)?.label ?? chosen
      setMade((m) => [{ code: out.code, expiresAt: out.expiresAt, roleLabel: label, orgName: out.orgName }, ...m])
      void open.reload()
    } catch (e) {
      setProblem(toApiError(e).message)
    } finally {
      setBusy(false)
    }
  }

  if (!roles.length) {
    return (
      <PageShell className="adm-page invites-page">
        <View className="alert-red">只有街道、社区管理员和物业经理可以邀请工作人员。</View>
        <Btn kind="secondary" onClick={() => go(ROUTES.mine)}>
          回到我的
        </Btn>
      </PageShell>
    )
  }
  return (
    <PageShell className="adm-page invites-page">
      <View className="adm-wrap">
        <View className="card">
          <Text className="adm-editor-title">新同事的岗位</Text>
          <Chips
            value={chosen}
            options={roles}
            chipClass="invite-role"
            onChange={(v) => {
              setRole(v)
              setOrgId(null)
            }}
          />
          {askOrg && refs.error ? <ErrorBox error={refs.error} onRetry={refs.reload} /> : null}
          {askOrg ? (
            <PickList
              label={kind === 'grid' ? '所属网格' : '所属单位'}
              value={orgId}
              options={options}
              onChange={setOrgId}
              className="invite-org"
              wide
            />
          ) : (
            <Text className="block muted">邀请加入您所在的单位。</Text>
          )}
          {problem ? <View className="alert-red invite-problem">{problem}</View> : null}
          <Btn className="invite-make" loading={busy} onClick={() => void make()}>
            生成邀请码
          </Btn>
        </View>
        {made.map((i) => (
          <View key={i.code} className="card invite-code-card" data-code={i.code}>
            <Text className="block muted">
              {i.orgName} · {i.roleLabel}
            </Text>
            <Text className="block invite-code">{i.code}</Text>
            <Image
              className="invite-qr"
              src={qrDataUrl(pageLink(withQuery(ROUTES.redeemInvite, { code: i.code })))}
              mode="aspectFit"
            />
            <Text className="block muted">
              仅可使用一次，{formatTime(i.expiresAt)} 前有效。请新同事扫码，或打开小北点“我有邀请码”输入。
            </Text>
            <Btn kind="secondary" onClick={() => void Taro.setClipboardData({ data: i.code })}>
              复制邀请码
            </Btn>
          </View>
        ))}
        <OpenInvites list={open} />
      </View>
    </PageShell>
  )
}
