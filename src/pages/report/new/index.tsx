/**
 * 我要报事: category (preselected from the home page), the emergency hint in red before anything
 * else, where (我家/本楼, or 其他地方 described in words), a description, optional photos, 紧急, 同问
 * (neighbours' open reports of the same kind) and 您已报过 (one's own), and one submit. A missing
 * field is scrolled to and highlighted with its message, which goes away once fixed. In an estate
 * with no property company the form says 报社区/网格员, never 报物业. The requestId is made once per
 * form, so a double tap or a retry after a network failure never files two orders.
 */
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { nanoid } from 'nanoid/non-secure'
import { useMemo, useRef, useState } from 'react'
import type { CategoryView, Channel } from '../../../../types/catalog'
import type { OrderSummary, SimilarOutput, SubmitOutput } from '../../../../types/report'
import { call, getUser, toApiError } from '../../../api'
import { Btn, CallButtons, ErrorBox, Loading, PageShell } from '../../../components'
import { channelOf, effectiveChannel, loadCategories, loadReportHome, submitLabel } from '../../../lib/categories'
import { useElderMode } from '../../../lib/elder-mode'
import { DEV_PAGES, IS_WEAPP, SUBSCRIBE_TEMPLATES } from '../../../lib/env'
import { go, LAST_SUBMIT_KEY, ROUTES, withQuery } from '../../../lib/routes'
import { scrollToId } from '../../../lib/scroll-to'
import { useLoad } from '../../../lib/use-load'
import { askAboutOwnReport } from './own-report'
import { CategoryField } from './parts/CategoryField'
import { ChannelSwitch } from './parts/ChannelSwitch'
import { DescriptionField } from './parts/DescriptionField'
import { NeighbourReports } from './parts/NeighbourReports'
import { PhotoField } from './parts/PhotoField'
import { PlaceField } from './parts/PlaceField'
import { UrgentField } from './parts/UrgentField'
import { fieldId, firstProblem } from './validate'
import './index.scss'

export default function ReportNewPage() {
  const { params } = useRouter()
  const user = getUser()
  const address = user?.address ?? null
  const categories = useLoad(() => loadCategories(), [])
  const home = useLoad(() => loadReportHome(), [])

  const [code, setCode] = useState<string>(params.category ?? '')
  const [channelChoice, setChannelChoice] = useState<Channel | null>(
    params.channel === 'property' || params.channel === 'grid' ? params.channel : null,
  )
  const [picking, setPicking] = useState(!params.category)
  // the description starts empty: a room number typed here is the resident's choice, never prefilled
  const [description, setDescription] = useState('')
  const [elder] = useElderMode()
  const [placeOpen, setPlaceOpen] = useState(false)
  const [place, setPlace] = useState<'home' | 'elsewhere'>('home')
  const [where, setWhere] = useState('')
  const [urgent, setUrgent] = useState(false)
  const [photos, setPhotos] = useState<string[]>([])
  const [uploading, setUploading] = useState(false)
  const [submitting, setSubmitting] = useState(false)
  /** the field 提交 found missing: its message shows while it is still wrong, and goes once fixed */
  const [flagged, setFlagged] = useState<string | null>(null)
  /** a second tap can arrive before React re-renders the disabled button */
  const inFlight = useRef(false)
  const [serverError, setServerError] = useState<string | null>(null)
  const requestId = useRef(nanoid())

  const category: CategoryView | null = useMemo(
    () => (categories.data ?? []).find((c) => c.code === code) ?? null,
    [categories.data, code],
  )
  const channel = effectiveChannel(channelChoice ?? (category ? channelOf(category) : 'property'), home.data)
  const similar = useLoad(() => call<SimilarOutput>('report', 'similar', { categoryCode: code }), [code], {
    skip: !code || !address,
  })
  const [following, setFollowing] = useState<string | null>(null)

  if (!user) {
    return (
      <PageShell>
        <ErrorBox
          error={{ code: 'UNAUTHENTICATED', message: '请先登录再报事' }}
          onRetry={() => Taro.reLaunch({ url: DEV_PAGES ? ROUTES.personas : ROUTES.home })}
        />
      </PageShell>
    )
  }
  if (!address) {
    return (
      <PageShell>
        <View className="alert-blue">
          您还没有绑定住址，暂时不能报事。请联系社区绑定住址；工作人员请在工作台用“巡查上报”。
        </View>
        <Btn block onClick={() => go(ROUTES.home)}>
          返回首页
        </Btn>
      </PageShell>
    )
  }

  const values = {
    hasCategory: !!category,
    place,
    where,
    description,
    photoCount: photos.length,
    uploading,
    addressLabel: address.label,
  }
  const problem = flagged ? firstProblem(values) : null
  const errorOf = (field: string) => (problem?.field === field && flagged === field ? problem.message : null)
  const own = place === 'home' ? (similar.data?.own ?? []) : []

  const pick = (c: CategoryView) => {
    setCode(c.code)
    setPicking(false)
    if (!params.channel) setChannelChoice(null)
    setServerError(null)
  }

  const follow = async (o: OrderSummary) => {
    if (following) return
    setFollowing(o.id)
    try {
      await call('report', 'follow', { id: o.id })
      Taro.showToast({ title: '已同问，办理进展会通知您', icon: 'none' })
      Taro.redirectTo({ url: withQuery(ROUTES.reportDetail, { id: o.id }) })
    } catch (e) {
      setServerError(toApiError(e).message)
    } finally {
      setFollowing(null)
    }
  }

  const submit = async () => {
    if (inFlight.current) return
    const p = firstProblem(values)
    setFlagged(p?.field ?? null)
    if (p || !category) {
      if (p?.field === 'category') setPicking(true)
      // after the re-render that shows the message
      if (p) setTimeout(() => scrollToId(fieldId(p.field)), 50)
      return
    }
    inFlight.current = true
    if (own[0] && !(await askAboutOwnReport(own[0]))) {
      inFlight.current = false
      return
    }
    setSubmitting(true)
    setServerError(null)
    try {
      if (IS_WEAPP && SUBSCRIBE_TEMPLATES.length) {
        // lets the functions notify the resident at 签收 / 办结; a refusal does not block the report
        await Taro.requestSubscribeMessage({
          tmplIds: SUBSCRIBE_TEMPLATES,
        } as Taro.requestSubscribeMessage.Option).catch(() => undefined)
      }
      const out = await call<SubmitOutput>('report', 'submit', {
        requestId: requestId.current,
        channel,
        categoryCode: category.code,
        ...(place === 'home' ? { buildingId: address.buildingId } : { place, where: where.trim() }),
        description: description.trim(),
        photos,
        urgent: urgent || undefined,
      })
      Taro.setStorageSync(LAST_SUBMIT_KEY, { ...out, categoryName: category.name })
      Taro.redirectTo({ url: withQuery(ROUTES.reportDone, { id: out.id }) })
    } catch (e) {
      // the same requestId is sent again on retry, so the server answers with the first order
      setServerError(toApiError(e).message)
      setSubmitting(false)
      inFlight.current = false
    }
  }

  const neighbours = place === 'home' ? (similar.data?.items ?? []).filter((o) => o.statusGroup !== 'closed') : []

  // 长辈模式: a photo and one sentence; the place stays 我家 unless they ask to change it, no 紧急 switch
  const photoField = (
    <PhotoField elder={elder} error={errorOf('photos')} onChange={setPhotos} onBusyChange={setUploading} />
  )

  return (
    <PageShell className="report-new">
      {categories.loading ? <Loading /> : null}
      {categories.error ? <ErrorBox error={categories.error} onRetry={categories.reload} /> : null}

      {category?.emergencyHint ? (
        <View className="alert-red emergency-hint">
          <Text className="block">⚠ 紧急提示</Text>
          <Text className="block">{category.emergencyHint}</Text>
          <CallButtons calls={category.emergencyCalls ?? []} />
        </View>
      ) : null}

      {categories.data ? (
        <CategoryField
          categories={categories.data}
          category={category}
          picking={picking || !category}
          channel={channel}
          showEverything={!!home.data && !home.data.hasProperty}
          error={errorOf('category')}
          onPick={pick}
          onChange={() => setPicking(true)}
        />
      ) : null}

      <ChannelSwitch channel={channel} home={home.data} onChange={setChannelChoice} />

      {own[0] ? (
        <View className="alert-blue own-report">
          <Text className="block">您已报过这个问题（{own[0].statusLabel}），可以去补充说明或追加照片。</Text>
          <Btn
            kind="secondary"
            className="own-report-open"
            onClick={() => go(withQuery(ROUTES.reportDetail, { id: own[0].id, followUp: 'note' }))}
          >
            去看看我的报事
          </Btn>
        </View>
      ) : null}

      <NeighbourReports items={neighbours} following={following} onFollow={(o) => void follow(o)} />

      {elder && place === 'home' && !placeOpen && !errorOf('where') ? (
        <View className="card card-link elder-place" onClick={() => setPlaceOpen(true)}>
          <Text className="grow">地点：我家（不在家里？点这里换个地点）</Text>
          <Text className="chevron">›</Text>
        </View>
      ) : (
        <PlaceField place={place} where={where} error={errorOf('where')} onPlace={setPlace} onWhere={setWhere} />
      )}
      {elder ? photoField : null}
      <DescriptionField value={description} error={errorOf('description')} onChange={setDescription} />
      {elder ? null : photoField}

      {elder ? null : <UrgentField categoryUrgent={!!category?.urgent} urgent={urgent} onChange={setUrgent} />}

      {serverError ? <View className="alert-red submit-error">{serverError}</View> : null}

      <View className="submit-bar">
        <Btn
          block
          className="submit-report"
          loading={submitting}
          loadingText="正在提交…"
          disabled={uploading}
          onClick={() => void submit()}
        >
          {uploading ? '照片上传中…' : submitLabel(channel, home.data)}
        </Btn>
      </View>
    </PageShell>
  )
}
