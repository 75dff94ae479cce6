/**
 * 试一下: for a building × category × channel, what routing decides now and after the draft rule,
 * with the reason sentence, and the open orders the draft would send elsewhere. Nothing is saved.
 */
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { RouteOutcome } from '../../../../types/admin'
import { RuleDraft } from '../../../../types/admin'
import { toApiError } from '../../../api'
import { Btn } from '../../../components'
import { admin } from '../../shared/api'
import { ChoiceField } from '../../shared/fields'
import { check } from '../../shared/form'
import { CHANNEL_OPTIONS, handlerLabel } from '../../shared/labels'
import { PickList } from '../../shared/PickList'
import { categoryOptions, placeOptions, type Refs } from '../../shared/refs'

interface Tried {
  now: RouteOutcome
  after: RouteOutcome | null
  affectedOpenOrders: { count: number; numbers: string[] }
}

interface Props {
  refs: Refs | null
  /** the rule as it stands in the form (validated here before asking) */
  draft: unknown
  onInvalid: () => void
}

function Side({ title, o, changed }: { title: string; o: RouteOutcome; changed?: boolean }) {
  return (
    <View className={`try-side ${changed ? 'is-changed' : ''}`}>
      <Text className="try-side-head">{title}</Text>
      <Text className="try-who">
        {handlerLabel(o.kind)} · {o.orgName}
      </Text>
      <Text className="block small muted">{o.staffName ? `经办人：${o.staffName}` : o.pool ? '进入抢单池' : ''}</Text>
      <Text className="try-reason">{o.reason}</Text>
    </View>
  )
}

export function TryRoute({ refs, draft, onInvalid }: Props) {
  const d = draft as { estateId?: string | null; categoryCode?: string | null }
  const [chosenEstate, setEstateId] = useState<string | null>(null)
  const estateId = chosenEstate ?? d.estateId ?? placeOptions(refs, 'estate')[0]?.value ?? null
  const [buildingId, setBuildingId] = useState<string | null>(null)
  const [categoryCode, setCategoryCode] = useState<string | null>(d.categoryCode ?? null)
  const [channel, setChannel] = useState<'property' | 'grid'>('property')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [tried, setTried] = useState<Tried | null>(null)

  const buildings = placeOptions(refs, 'building', estateId)
  const building =
    buildingId && buildings.some((b) => b.value === buildingId) ? buildingId : (buildings[0]?.value ?? null)
  const category = categoryCode ?? d.categoryCode ?? null

  const run = async () => {
    setError(null)
    setTried(null)
    const rule = check(RuleDraft, draft)
    if (!rule.ok) {
      onInvalid()
      return setError('规则还有没填好的地方，请先按提示改正')
    }
    if (!building || !category) return setError('请选择楼栋和报事类别')
    setBusy(true)
    try {
      setTried(
        await admin<Tried>('tryRoute', { buildingId: building, categoryCode: category, channel, draftRule: rule.data }),
      )
    } catch (e) {
      setError(toApiError(e).message)
    } finally {
      setBusy(false)
    }
  }

  const changed = !!tried?.after && (tried.after.kind !== tried.now.kind || tried.after.orgId !== tried.now.orgId)
  const affected = tried?.affectedOpenOrders
  return (
    <View className="try-box">
      <Text className="try-title">试一下：改了以后派给谁？</Text>
      <PickList
        label="小区"
        value={estateId}
        options={placeOptions(refs, 'estate')}
        onChange={setEstateId}
        className="try-estate"
      />
      <PickList label="楼栋" value={building} options={buildings} onChange={setBuildingId} className="try-building" />
      {d.categoryCode ? null : (
        <PickList
          label="报事类别"
          value={category}
          options={categoryOptions(refs)}
          onChange={setCategoryCode}
          max={8}
        />
      )}
      <ChoiceField
        label="居民选择的渠道"
        value={channel}
        options={CHANNEL_OPTIONS}
        onChange={setChannel}
        chipClass="try-channel"
      />
      <Btn kind="secondary" className="try-run" loading={busy} onClick={() => void run()}>
        试一下
      </Btn>
      {error ? <Text className="field-error try-error">{error}</Text> : null}
      {tried ? (
        <View className="try-out">
          <View className="try-result">
            <Side title="现在" o={tried.now} />
            {tried.after ? (
              <Side title={changed ? '保存后（有变化）' : '保存后（不变）'} o={tried.after} changed={changed} />
            ) : null}
          </View>
          {affected && affected.count > 0 ? (
            <Text className="try-impact">
              会影响 {affected.count} 张在办工单：
              {affected.numbers.map((n, i) => (
                <Text key={n} className="try-number">
                  {i ? '、' : ''}
                  {n}
                </Text>
              ))}
              {affected.count > affected.numbers.length ? ' 等' : ''}。保存规则不会自动转走它们，只影响新报事。
            </Text>
          ) : (
            <Text className="try-impact is-none">不影响在办工单。</Text>
          )}
        </View>
      ) : null}
    </View>
  )
}
