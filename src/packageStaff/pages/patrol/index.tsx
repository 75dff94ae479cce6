import { Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { CategoryView } from '../../../../types/catalog'
import type { SubmitOutput } from '../../../../types/report'
import { type ApiError, call, toApiError } from '../../../api'
import { Btn, ErrorBox, Loading, PageShell, PhotoPicker, Switch } from '../../../components'
import { groupCategories, loadCategories } from '../../../lib/categories'
import { ROUTES, withQuery } from '../../../lib/routes'
import { goInbox } from '../../shared/nav'
import { patrolProblem } from './parts/check'
import { type Handle, HandlePicker } from './parts/HandlePicker'
import { type Area, type Building, type PatrolPlace, PlacePicker } from './parts/PlacePicker'
import './index.scss'

const REPORTED = withQuery(ROUTES.staffInbox, { filter: 'reported' })

function newRequestId(): string {
  return `patrol-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}

/**
 * 巡查上报: a grid worker files what they found on patrol, at a building or on a road or public area of
 * their grid. 派给 routes it like a resident's report (never back to them); 当场处置 files it done, with
 * a photo after. Either way it stays in their 我上报的.
 */
export default function Patrol() {
  const [categories, setCategories] = useState<CategoryView[] | null>(null)
  const [buildings, setBuildings] = useState<Building[] | null>(null)
  const [areas, setAreas] = useState<Area[]>([])
  const [place, setPlace] = useState<PatrolPlace>('home')
  const [where, setWhere] = useState('')
  const [handle, setHandle] = useState<Handle>('dispatch')
  const [onSpotNote, setOnSpotNote] = useState('')
  const [onSpotPhotos, setOnSpotPhotos] = useState<string[]>([])
  const [onSpotUploading, setOnSpotUploading] = useState(false)
  const [loadError, setLoadError] = useState<ApiError | null>(null)
  const [categoryCode, setCategoryCode] = useState('')
  const [buildingId, setBuildingId] = useState('')
  const [description, setDescription] = useState('')
  const [photos, setPhotos] = useState<string[]>([])
  const [uploading, setUploading] = useState(false)
  const [urgent, setUrgent] = useState(false)
  const [formError, setFormError] = useState('')
  const [busy, setBusy] = useState(false)
  // one id per report: a retried tap after a lost reply cannot file the same finding twice
  const requestId = useRef(newRequestId())

  const load = useCallback(async () => {
    setLoadError(null)
    try {
      const [cats, blds] = await Promise.all([
        loadCategories(),
        call<{ items: Building[]; areas?: Area[] }>('workorder', 'buildings'),
      ])
      setCategories(cats)
      setBuildings(blds.items)
      setAreas(blds.areas ?? [])
    } catch (e) {
      setLoadError(toApiError(e))
    }
  }, [])

  useEffect(() => {
    load()
  }, [load])

  // a message answers one state of the form: any change to the form clears it (submit checks again)
  // biome-ignore lint/correctness/useExhaustiveDependencies: the fields are the trigger
  useEffect(
    () => setFormError(''),
    [categoryCode, buildingId, place, where, description, handle, onSpotNote, onSpotPhotos],
  )

  const category = categories?.find((c) => c.code === categoryCode)
  const groups = groupCategories(categories ?? [])

  const submit = async () => {
    if (busy) return
    const problem = patrolProblem({
      categoryCode,
      buildingId,
      place,
      where,
      description,
      handle,
      onSpotNote,
      onSpotPhotos,
    })
    if (problem) return setFormError(problem)
    if (uploading || onSpotUploading) return setFormError('照片还在上传，请稍候再提交')
    setFormError('')
    setBusy(true)
    try {
      const out = await call<SubmitOutput>('workorder', 'patrol', {
        requestId: requestId.current,
        categoryCode,
        buildingId,
        place,
        where: place === 'elsewhere' ? where.trim() : undefined,
        description: description.trim(),
        photos,
        urgent: urgent || undefined,
        handle,
        onSpot: handle === 'on_spot' ? { note: onSpotNote.trim(), photos: onSpotPhotos } : undefined,
      })
      requestId.current = newRequestId()
      const title = handle === 'on_spot' ? '已当场处置并办结' : `已上报，派给${out.handler.orgName}`
      Taro.showToast({ title, icon: 'none', duration: 2000 })
      Taro.redirectTo({ url: withQuery(ROUTES.staffOrder, { id: out.id }) })
    } catch (e) {
      const err = toApiError(e)
      setFormError(err.message)
      Taro.showToast({ title: err.message, icon: 'none' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <PageShell title="巡查上报">
      <View className="patrol">
        <View className="patrol-top">
          <View className="staff-back" onClick={goInbox}>
            ‹ 返回我的工单
          </View>
          <View className="patrol-reported" onClick={() => Taro.reLaunch({ url: REPORTED })}>
            我上报的 ›
          </View>
        </View>
        {loadError ? (
          <ErrorBox error={loadError} onRetry={load} />
        ) : !categories || !buildings ? (
          <Loading />
        ) : (
          <View>
            <View className="patrol-card">
              <View className="patrol-label">问题类别</View>
              {groups.map(({ group, items }) => (
                <View key={group} className="patrol-group">
                  <View className="patrol-group-name">{group}</View>
                  <View className="patrol-chips">
                    {items.map((c) => (
                      <View
                        key={c.code}
                        className={`patrol-chip patrol-category patrol-category-${c.code} ${
                          categoryCode === c.code ? 'is-selected' : ''
                        }`}
                        onClick={() => {
                          setCategoryCode(c.code)
                          setFormError('')
                          if (c.urgent) setUrgent(true)
                        }}
                      >
                        {c.icon ? `${c.icon} ` : ''}
                        {c.name}
                      </View>
                    ))}
                  </View>
                </View>
              ))}
              {category?.emergencyHint ? <View className="patrol-emergency">⚠️ {category.emergencyHint}</View> : null}
            </View>

            <PlacePicker
              buildings={buildings}
              areas={areas}
              place={place}
              onPlace={(p) => {
                setPlace(p)
                setBuildingId('')
                setFormError('')
              }}
              buildingId={buildingId}
              onBuilding={(id) => {
                setBuildingId(id)
                setFormError('')
              }}
              where={where}
              onWhere={setWhere}
            />

            <View className="patrol-card">
              <View className="patrol-label">问题描述</View>
              <Textarea
                className="staff-textarea patrol-textarea patrol-description"
                value={description}
                maxlength={500}
                placeholder="发现了什么问题，例如：2单元楼道堆放大量纸箱，堵塞通道"
                onInput={(e) => setDescription(e.detail.value)}
              />
              <View className="patrol-label patrol-label-sub">现场照片（最多9张）</View>
              <PhotoPicker max={9} onChange={setPhotos} onBusyChange={setUploading} />
              <View className="patrol-urgent">
                <View>
                  <Text className="patrol-urgent-title">紧急</Text>
                  <Text className="patrol-urgent-hint">涉及安全、需要立即处理</Text>
                </View>
                <Switch className="patrol-urgent-switch" checked={urgent} loadingIcon={null} onChange={setUrgent} />
              </View>
            </View>

            <HandlePicker
              handle={handle}
              onHandle={(h) => {
                setHandle(h)
                setFormError('')
              }}
              note={onSpotNote}
              onNote={setOnSpotNote}
              onPhotos={setOnSpotPhotos}
              onBusy={setOnSpotUploading}
            />

            {formError ? <View className="patrol-error">{formError}</View> : null}
            <Btn kind="primary" block className="patrol-submit" loading={busy} loadingText="正在上报…" onClick={submit}>
              {handle === 'on_spot' ? '提交并办结' : '上报并派单'}
            </Btn>
          </View>
        )}
      </View>
    </PageShell>
  )
}
