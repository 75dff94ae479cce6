/**
 * 我要报事: category (preselected from the home page), the emergency hint in red before anything
 * else, optional photos, where (我家/本楼, or 其他地方 described in words), a description, 紧急, 同问
 * (open reports of the same kind in the caller's own building), and one submit. The requestId is made once per form, so a
 * double tap or a retry after a network failure never files two orders.
 */
import { Input, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { nanoid } from 'nanoid/non-secure'
import { useMemo, useRef, useState } from 'react'
import type { CategoryView, Channel } from '../../../../types/catalog'
import { formatTime } from '../../../../types/china-time'
import type { OrderSummary, SubmitOutput } from '../../../../types/report'
import { call, getUser, toApiError } from '../../../api'
import { Btn, ErrorBox, Loading, PageShell, PhotoPicker, Switch } from '../../../components'
import { CHANNEL_LABEL, channelOf, groupCategories, loadCategories } from '../../../lib/categories'
import { DEV_PAGES, IS_WEAPP, SUBSCRIBE_TEMPLATES } from '../../../lib/env'
import { go, LAST_SUBMIT_KEY, ROUTES, withQuery } from '../../../lib/routes'
import { useLoad } from '../../../lib/use-load'
import './index.scss'

export default function ReportNewPage() {
  const { params } = useRouter()
  const user = getUser()
  const address = user?.address ?? null
  const categories = useLoad(() => loadCategories(), [])

  const [code, setCode] = useState<string>(params.category ?? '')
  const [channelChoice, setChannelChoice] = useState<Channel | null>(
    params.channel === 'property' || params.channel === 'grid' ? params.channel : null,
  )
  const [picking, setPicking] = useState(!params.category)
  const [showAll, setShowAll] = useState(false)
  // the description starts empty: a room number typed here is the resident's choice, never prefilled
  const [description, setDescription] = useState('')
  const [place, setPlace] = useState<'home' | 'elsewhere'>('home')
  const [where, setWhere] = useState('')
  const [urgent, setUrgent] = useState(false)
  const [photos, setPhotos] = useState<string[]>([])
  const [uploading, setUploading] = useState(false)
  const [submitting, setSubmitting] = useState(false)
  /** a second tap can arrive before React re-renders the disabled button */
  const inFlight = useRef(false)
  const [error, setError] = useState<string | null>(null)
  const requestId = useRef(nanoid())

  const category: CategoryView | null = useMemo(
    () => (categories.data ?? []).find((c) => c.code === code) ?? null,
    [categories.data, code],
  )
  const channel: Channel = channelChoice ?? (category ? channelOf(category) : 'property')

  const similar = useLoad(
    () => call<{ items: OrderSummary[] }>('report', 'similar', { categoryCode: code }),
    [code, address?.buildingId],
    { skip: !code || !address },
  )
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

  const pick = (c: CategoryView) => {
    setCode(c.code)
    setPicking(false)
    if (!params.channel) setChannelChoice(null)
    setError(null)
  }

  const follow = async (o: OrderSummary) => {
    if (following) return
    setFollowing(o.id)
    try {
      await call('report', 'follow', { id: o.id })
      Taro.showToast({ title: '已同问，办理进展会通知您', icon: 'none' })
      Taro.redirectTo({ url: withQuery(ROUTES.reportDetail, { id: o.id }) })
    } catch (e) {
      setError(toApiError(e).message)
    } finally {
      setFollowing(null)
    }
  }

  const submit = async () => {
    if (inFlight.current) return
    if (!category) {
      setError('请先选择问题类别')
      setPicking(true)
      return
    }
    if (uploading) {
      setError('照片还在上传，请稍等')
      return
    }
    if (place === 'elsewhere' && where.trim().length < 2) {
      setError('请写明问题在哪里（至少2个字）')
      return
    }
    if (description.trim().length < 2) {
      setError('请简单描述问题（至少2个字）')
      return
    }
    inFlight.current = true
    setSubmitting(true)
    setError(null)
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
      setError(toApiError(e).message)
      setSubmitting(false)
      inFlight.current = false
    }
  }

  const openSimilar = (similar.data?.items ?? []).filter((o) => o.statusGroup !== 'closed')

  return (
    <PageShell className="report-new">
      {categories.loading ? <Loading /> : null}
      {categories.error ? <ErrorBox error={categories.error} onRetry={categories.reload} /> : null}

      {category?.emergencyHint ? (
        <View className="alert-red emergency-hint">
          <Text className="block">⚠ 紧急提示</Text>
          <Text className="block">{category.emergencyHint}</Text>
        </View>
      ) : null}

      {category && !picking ? (
        <View className="card picked-category">
          <Text className="picked-icon">{category.icon}</Text>
          <View className="grow">
            <Text className="block picked-name">{category.name}</Text>
            <Text className="block muted small">{category.group}</Text>
          </View>
          <Text className="btn btn-plain change-category" onClick={() => setPicking(true)}>
            换一个
          </Text>
        </View>
      ) : null}

      {categories.data && picking ? (
        <View className="card">
          <Text className="field-label">遇到了什么问题？</Text>
          {groupCategories(
            showAll ? categories.data : categories.data.filter((c) => channelOf(c) === channel || c.code === code),
          ).map((g) => (
            <View key={g.group}>
              <Text className="block muted small">{g.group}</Text>
              <View className="picker-grid">
                {g.items.map((c) => (
                  <View
                    key={c.code}
                    className={`category-item${c.code === code ? ' category-item-on' : ''}`}
                    data-code={c.code}
                    onClick={() => pick(c)}
                  >
                    <Text className="category-icon">{c.icon}</Text>
                    <Text className="category-name">{c.name}</Text>
                  </View>
                ))}
              </View>
            </View>
          ))}
          {showAll ? null : (
            <Btn kind="plain" block className="show-all-categories" onClick={() => setShowAll(true)}>
              没有找到？显示全部问题类别
            </Btn>
          )}
        </View>
      ) : null}

      <View className="channel-switch">
        {(['property', 'grid'] as const).map((ch) => (
          <Text
            key={ch}
            className={`channel-option channel-option-${ch}${channel === ch ? ' channel-option-on' : ''}`}
            onClick={() => setChannelChoice(ch)}
          >
            {CHANNEL_LABEL[ch]}
          </Text>
        ))}
      </View>

      {place === 'home' && openSimilar.length ? (
        <View className="card similar-list">
          <Text className="field-label">这栋楼已有人报了同样的问题</Text>
          <Text className="block muted small">点“同问”一起关注，不用重复报；办理进展会通知您。</Text>
          {openSimilar.map((o) => (
            <View key={o.id} className="card similar-item">
              {/* another resident's words and room stay private: the category and building say enough */}
              <Text className="block">
                {o.categoryName} · {o.addressLabel}
              </Text>
              <Text className="block muted small">
                {formatTime(o.createdAt)} · {o.statusLabel} · {o.followerCount} 人同问
              </Text>
              <View className="btn-row">
                {o.followed ? (
                  <Btn kind="plain" onClick={() => go(withQuery(ROUTES.reportDetail, { id: o.id }))}>
                    看进度
                  </Btn>
                ) : null}
                <Btn
                  kind="secondary"
                  className="follow-button"
                  loading={following === o.id}
                  loadingText="同问中…"
                  disabled={o.followed}
                  onClick={() => void follow(o)}
                >
                  {o.followed ? '已同问' : '同问'}
                </Btn>
              </View>
            </View>
          ))}
        </View>
      ) : null}

      <View className="field">
        <Text className="field-label">问题在哪里</Text>
        <View className="channel-switch place-switch">
          <Text
            className={`channel-option place-home${place === 'home' ? ' channel-option-on' : ''}`}
            onClick={() => setPlace('home')}
          >
            我家/本楼
          </Text>
          <Text
            className={`channel-option place-elsewhere${place === 'elsewhere' ? ' channel-option-on' : ''}`}
            onClick={() => setPlace('elsewhere')}
          >
            其他地方（道路、公园等）
          </Text>
        </View>
        {place === 'elsewhere' ? (
          <Input
            className="input place-where"
            value={where}
            maxlength={100}
            placeholder="例如：小区北门外人行道"
            onInput={(e) => setWhere(e.detail.value)}
          />
        ) : null}
      </View>

      <View className="field">
        <Text className="field-label">问题描述</Text>
        <Textarea
          className="textarea description"
          value={description}
          maxlength={500}
          autoHeight
          placeholder="在哪里、什么情况"
          onInput={(e) => setDescription(e.detail.value)}
        />
      </View>

      <View className="field">
        <Text className="field-label">照片（可选，最多9张）</Text>
        <PhotoPicker onChange={setPhotos} onBusyChange={setUploading} />
      </View>

      {category?.urgent ? (
        <View className="card urgent-note">
          <Text className="block">此类问题按紧急处理，全天计时，尽快派人。</Text>
        </View>
      ) : (
        <View className="card switch-row">
          <View className="grow">
            <Text className="block">情况紧急</Text>
            <Text className="block muted small">影响安全或正常生活时打开</Text>
          </View>
          <Switch className="urgent-switch" checked={urgent} loadingIcon={null} onChange={setUrgent} />
        </View>
      )}

      {error ? <View className="alert-red submit-error">{error}</View> : null}

      <View className="submit-bar">
        <Btn
          block
          className="submit-report"
          loading={submitting}
          loadingText="正在提交…"
          disabled={uploading}
          onClick={() => void submit()}
        >
          {uploading ? '照片上传中…' : `提交（${CHANNEL_LABEL[channel]}）`}
        </Btn>
      </View>
    </PageShell>
  )
}
