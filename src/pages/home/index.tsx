/** 首页: greeting, bound address, 报物业 / 报网格员, the category grid, 我的报事. */
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { CategoryView } from '../../../types/catalog'
import type { User } from '../../../types/identity'
import type { CountsOutput } from '../../../types/report'
import { type ApiError, call, getUser, me, toApiError } from '../../api'
import { AddressText, Btn, ErrorBox, Loading, PageShell } from '../../components'
import { ReportChannels } from '../../components/ReportChannels'
import { channelOf, groupCategories, loadCategories } from '../../lib/categories'
import { useElderMode } from '../../lib/elder-mode'
import { DEV_PAGES } from '../../lib/env'
import { go, ROUTES, withQuery, workPageFor } from '../../lib/routes'
import { useLoad } from '../../lib/use-load'
import { BoardEntry } from '../board/parts/BoardEntry'
import { ElderHome } from './parts/ElderHome'
import { GridCard } from './parts/GridCard'
import './index.scss'

export default function HomePage() {
  const [user, setUser] = useState<User | null>(getUser)
  const [counts, setCounts] = useState<CountsOutput | null>(null)
  const [meError, setMeError] = useState<ApiError | null>(null)
  const [elder] = useElderMode()
  const categories = useLoad(() => loadCategories(), [user?._id], { skip: !user || elder })

  const refresh = () => {
    const cached = getUser()
    if (!cached) {
      // a first visit: what 小北 is, the privacy notice, sign-in (the demo personas are offered there)
      Taro.reLaunch({ url: ROUTES.welcome })
      return
    }
    setUser(cached)
    setMeError(null)
    // refresh the user (address may have changed) and the cheap counts; quietly when we already know who it is
    // counted by the server, for residents only (staff have their inbox's counts)
    const loadCounts = (u: User) => {
      if (u.kind === 'resident')
        call<CountsOutput>('report', 'counts')
          .then(setCounts)
          .catch(() => setCounts(null))
    }
    if (cached) loadCounts(cached)
    me()
      .then((out) => {
        setUser(out.user)
        if (!cached) loadCounts(out.user)
      })
      .catch((e) => {
        if (e?.code === 'UNAUTHENTICATED') Taro.reLaunch({ url: DEV_PAGES ? ROUTES.personas : ROUTES.welcome })
        else if (!getUser()) setMeError(toApiError(e)) // nobody to greet: say why, offer 重试
      })
  }
  useDidShow(refresh)

  if (!user) {
    return (
      <PageShell>{meError ? <ErrorBox error={meError} onRetry={refresh} /> : <Loading text="正在登录…" />}</PageShell>
    )
  }

  const work = workPageFor(user)
  const openCategory = (c: CategoryView) => go(withQuery(ROUTES.reportNew, { category: c.code, channel: channelOf(c) }))

  return (
    <PageShell className="home">
      <Text className="home-greeting">{user.name}，您好</Text>
      {user.address ? (
        <AddressText className="home-address" label={`📍 ${user.address.label}`} />
      ) : (
        <Text className="home-address">{user.title ?? '尚未绑定住址'}</Text>
      )}

      {work ? (
        <Btn kind="secondary" block className="staff-entry" onClick={() => go(work)}>
          进入工作台
        </Btn>
      ) : null}

      {user.address && elder ? <ElderHome userId={user._id} open={openCategory} /> : null}
      {user.address && elder ? (
        <View className="card card-link my-reports" onClick={() => go(ROUTES.reportMine)}>
          <Text className="grow">我的报事</Text>
          {counts?.fixed ? <Text className="badge">待确认 {counts.fixed}</Text> : null}
          <Text className="chevron">›</Text>
        </View>
      ) : null}
      {user.address && elder && user.kind === 'resident' ? <BoardEntry className="home-board" /> : null}
      {user.address && elder ? null : user.address ? (
        <>
          <ReportChannels />

          {user.kind === 'resident' ? <GridCard userId={user._id} /> : null}

          <View className="card card-link my-reports" onClick={() => go(ROUTES.reportMine)}>
            <Text className="grow">我的报事</Text>
            {counts?.open ? <Text className="muted small">处理中 {counts.open}</Text> : null}
            {counts?.fixed ? <Text className="badge">待确认 {counts.fixed}</Text> : null}
            <Text className="chevron">›</Text>
          </View>
          {user.kind === 'resident' ? <BoardEntry className="home-board" /> : null}

          <Text className="h2">常见问题，点一下就能报</Text>
          {categories.loading ? <Loading /> : null}
          {categories.error ? <ErrorBox error={categories.error} onRetry={categories.reload} /> : null}
          {groupCategories(categories.data ?? []).map((g) => (
            <View key={g.group}>
              <Text className="group-title">{g.group}</Text>
              <View className="category-grid">
                {g.items.map((c) => (
                  <View
                    key={c.code}
                    className={`category-item${c.emergencyHint ? ' category-urgent' : ''}`}
                    data-code={c.code}
                    onClick={() => openCategory(c)}
                  >
                    <Text className="category-icon">{c.icon}</Text>
                    <Text className="category-name">{c.name}</Text>
                  </View>
                ))}
              </View>
            </View>
          ))}
        </>
      ) : (
        <View className="alert-blue no-address">
          {work
            ? '工作人员没有绑定住址，不在这里报事：请进入工作台处理工单，发现问题用“巡查上报”。'
            : '您还没有绑定住址，暂时不能报事。请联系所在社区绑定住址。'}
        </View>
      )}
    </PageShell>
  )
}
