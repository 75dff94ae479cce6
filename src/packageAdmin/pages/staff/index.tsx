/**
 * 工作人员: the staff of an org the admin manages (default their own; street and community admins can
 * pick another), with role and 在岗/休息, and 移除 after a confirmation that says what happens to the
 * person's open orders (they go back to the org's pool).
 */
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { call, getUser, toApiError } from '../../../api'
import { Btn, Empty, ErrorBox, Loading, PageShell } from '../../../components'
import { go, ROUTES } from '../../../lib/routes'
import { useLoad } from '../../../lib/use-load'
import { useDeskLayout } from '../../../lib/use-window-width'
import { DeskTable } from '../../shared/DeskTable'
import { PickList } from '../../shared/PickList'
import { loadPlacesAndOrgs, orgOptions, placeOptions } from '../../shared/refs'
import { StaffDetail } from './StaffDetail'
import { STAFF_TABLE, type StaffRow } from './staff-columns'
import '../../shared/admin.scss'

interface StaffList {
  orgId: string
  orgName: string
  items: StaffRow[]
}

export default function StaffPage() {
  const [user] = useState(getUser)
  const myRoles = (user?.scopes ?? []).map((s) => s.role)
  const canPick = myRoles.includes('street_admin') || myRoles.includes('community_admin')
  const [orgId, setOrgId] = useState<string | null>(null)
  const refs = useLoad(() => (canPick ? loadPlacesAndOrgs() : Promise.resolve(null)), [canPick])
  const list = useLoad(() => call<StaffList>('org', 'staff', orgId ? { orgId } : {}), [orgId])
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [openKey, setOpenKey] = useState<string | null>(null)
  const desk = useDeskLayout()
  const rowKey = (p: StaffRow) => `${p.userId}:${p.role}`
  const options = [
    ...placeOptions(refs.data, 'community'),
    ...placeOptions(refs.data, 'grid'),
    ...orgOptions(refs.data, 'property'),
    ...orgOptions(refs.data, 'department'),
  ]

  const remove = async (p: StaffRow) => {
    const sure = await Taro.showModal({
      title: `移除${p.name || '该工作人员'}？`,
      content: `将结束其在「${list.data?.orgName ?? ''}」的${p.roleLabel}身份，其未办结的工单退回本单位待领取。`,
      confirmText: '移除',
      confirmColor: '#d93025',
    })
    if (!sure.confirm) return
    setBusy(p.userId)
    setProblem(null)
    try {
      const out = await call<{ released: number }>('org', 'removeStaff', { userId: p.userId, orgId: list.data?.orgId })
      Taro.showToast({ title: out.released ? `已移除，${out.released} 件工单退回待领取` : '已移除', icon: 'none' })
      await list.reload()
    } catch (e) {
      setProblem(toApiError(e).message)
    } finally {
      setBusy(null)
    }
  }

  const opened = list.data?.items.find((p) => rowKey(p) === openKey) ?? null
  return (
    <PageShell className="adm-page staff-page">
      <View className="adm-wrap">
        <View className="adm-toolbar">
          <Text className="adm-editor-title grow">{list.data?.orgName ?? '本单位'}的工作人员</Text>
          <Btn className="staff-invite" onClick={() => go(ROUTES.adminInvites)}>
            邀请新同事
          </Btn>
        </View>
        {canPick ? (
          <PickList
            label="查看其他单位"
            value={orgId}
            options={options}
            onChange={setOrgId}
            noneLabel="本单位"
            className="staff-org"
            wide
          />
        ) : null}
        {problem ? <View className="alert-red staff-problem">{problem}</View> : null}
        {list.loading && !list.data ? <Loading /> : null}
        {list.error ? <ErrorBox error={list.error} onRetry={list.reload} /> : null}
        {list.data && !list.data.items.length ? (
          <Empty text="这个单位还没有工作人员，点“邀请新同事”生成邀请码" />
        ) : null}
        {desk && list.data?.items.length ? (
          <View className="adm-split adm-split-desk">
            <DeskTable
              label="工作人员"
              columns={STAFF_TABLE}
              rows={list.data.items}
              rowKey={rowKey}
              openKey={opened ? rowKey(opened) : null}
              onOpen={(p) => setOpenKey(rowKey(p))}
              rowClass={() => 'staff-row'}
              rowData={(p) => ({ user: p.userId })}
            />
            <StaffDetail
              row={opened}
              orgName={list.data.orgName}
              isMe={opened?.userId === user?._id}
              busy={!!opened && busy === opened.userId}
              onRemove={(p) => void remove(p)}
            />
          </View>
        ) : null}
        {desk
          ? null
          : (list.data?.items ?? []).map((p) => (
              <View key={rowKey(p)} className="adm-row staff-row" data-user={p.userId}>
                <View className="adm-row-top">
                  <Text className="adm-row-name">{p.name || '（未填姓名）'}</Text>
                  <Text className="adm-tag">{p.roleLabel}</Text>
                  <Text className={`adm-tag ${p.onDuty ? 'adm-tag-green' : 'adm-tag-orange'}`}>
                    {p.onDuty ? '在岗' : '休息'}
                  </Text>
                  <View className="adm-spacer" />
                  {p.userId !== user?._id ? (
                    <Btn
                      kind="plain"
                      className="staff-remove"
                      loading={busy === p.userId}
                      onClick={() => void remove(p)}
                    >
                      移除
                    </Btn>
                  ) : (
                    <Text className="muted">本人</Text>
                  )}
                </View>
              </View>
            ))}
      </View>
    </PageShell>
  )
}
