/**
 * 绑定住址: 社区 › 小区 › 楼栋 (or the search box), 单元 and 房号, the relation to the house, name and
 * phone (typed, or from WeChat's phone-number button in the mini-program). household.bind makes a
 * pending binding the grid worker verifies; 我的住址 shows its status.
 */
import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { nanoid } from 'nanoid/non-secure'
import { useRef, useState } from 'react'
import type { HouseholdRelation, PlacesTree } from '../../../../types/household'
import { call, getUser, toApiError } from '../../../api'
import { Btn, ErrorBox, Loading, PageShell } from '../../../components'
import { IS_WEAPP } from '../../../lib/env'
import { ROUTES } from '../../../lib/routes'
import { useLoad } from '../../../lib/use-load'
import '../onboarding.scss'
import { type PickedPlace, PlacePicker } from './PlacePicker'

const RELATIONS: { value: HouseholdRelation; text: string }[] = [
  { value: 'owner', text: '本人（业主）' },
  { value: 'member', text: '家属' },
  { value: 'tenant', text: '租户' },
]

export default function BindPage() {
  const tree = useLoad(() => call<PlacesTree>('household', 'places', {}))
  const [place, setPlace] = useState<PickedPlace | null>(null)
  const [unit, setUnit] = useState('')
  const [room, setRoom] = useState('')
  const [relation, setRelation] = useState<HouseholdRelation | null>(null)
  const [name, setName] = useState('')
  const [phone, setPhone] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const requestId = useRef(nanoid())

  if (tree.loading && !tree.data) return <Loading />
  if (tree.error) {
    return (
      <PageShell>
        <ErrorBox error={tree.error} onRetry={tree.reload} />
      </PageShell>
    )
  }

  const check = (): string | null => {
    if (!place) return '请选择您住的小区和楼栋'
    if (!unit.trim()) return '请填写单元，如“2单元”；没有单元的填“1”'
    if (!room.trim()) return '请填写房号，如“501”'
    if (!relation) return '请选择您和这套房子的关系'
    if (!name.trim()) return '请填写您的姓名'
    if (phone.trim() && !/^1[3-9]\d{9}$/.test(phone.trim())) return '手机号应为11位数字'
    return null
  }

  const submit = async () => {
    const problem = check()
    setError(problem)
    if (problem || !place || !relation) return
    setBusy(true)
    try {
      await call('household', 'bind', {
        requestId: requestId.current,
        buildingId: place.building.id,
        unit: unit.trim(),
        room: room.trim(),
        relation,
        name: name.trim(),
        ...(phone.trim() ? { phone: phone.trim() } : {}),
      })
      Taro.showToast({ title: '已提交，等待核实', icon: 'success' })
      Taro.redirectTo({ url: ROUTES.houses })
    } catch (e) {
      const failure = toApiError(e)
      // a refused request may be sent again with changes: a new request id
      requestId.current = nanoid()
      setError(failure.message)
    } finally {
      setBusy(false)
    }
  }

  const phoneFromWechat = async (code?: string) => {
    if (!code) return
    try {
      const out = await call<{ phone: string }>('household', 'phoneFromWechat', { code })
      setPhone(out.phone)
    } catch (e) {
      setError(toApiError(e).message)
    }
  }

  const signedInAs = getUser()
  return (
    <PageShell className="bind">
      <Text className="h1">绑定住址</Text>
      <Text className="block muted" style={{ marginBottom: '24px', lineHeight: 1.5 }}>
        绑定后，网格员会核实您是本小区住户。核实前也可以报事；办证明、预约集市、评价物业需要核实后才能用。
      </Text>

      <View className="card">
        <Text className="field-label">1. 住在哪个楼栋</Text>
        {tree.data ? <PlacePicker tree={tree.data} picked={place} onPick={setPlace} /> : null}
      </View>

      <View className="card">
        <Text className="field-label">2. 单元和房号</Text>
        <View className="row" style={{ gap: '20px' }}>
          <Input
            className="input bind-unit grow"
            maxlength={20}
            value={unit}
            placeholder="单元，如 2单元"
            onInput={(e) => setUnit(e.detail.value)}
          />
          <Input
            className="input bind-room grow"
            maxlength={20}
            value={room}
            placeholder="房号，如 501"
            onInput={(e) => setRoom(e.detail.value)}
          />
        </View>
      </View>

      <View className="card">
        <Text className="field-label">3. 您和这套房子的关系</Text>
        <View className="chips" style={{ marginBottom: 0 }}>
          {RELATIONS.map((r) => (
            <Text
              key={r.value}
              className={`chip bind-relation bind-relation-${r.value}${relation === r.value ? ' chip-on' : ''}`}
              onClick={() => setRelation(r.value)}
            >
              {r.text}
            </Text>
          ))}
        </View>
      </View>

      <View className="card">
        <View className="field">
          <Text className="field-label">4. 您的姓名</Text>
          <Input
            className="input bind-name"
            maxlength={20}
            value={name}
            placeholder={
              signedInAs?.name && signedInAs.name !== '微信用户' ? signedInAs.name : '与房产证或租房合同一致'
            }
            onInput={(e) => setName(e.detail.value)}
          />
        </View>
        <View className="field" style={{ marginBottom: 0 }}>
          <Text className="field-label">5. 手机号（方便网格员联系您，可不填）</Text>
          <Input
            className="input bind-phone"
            type="number"
            maxlength={11}
            value={phone}
            placeholder="11位手机号"
            onInput={(e) => setPhone(e.detail.value)}
          />
          {IS_WEAPP ? (
            <Button
              className="btn btn-plain"
              openType="getPhoneNumber"
              onGetPhoneNumber={(e) => void phoneFromWechat((e.detail as { code?: string }).code)}
            >
              用微信绑定的手机号
            </Button>
          ) : null}
        </View>
      </View>

      {error ? <View className="alert-red bind-error">{error}</View> : null}
      <Btn block className="bind-submit" loading={busy} loadingText="正在提交…" onClick={submit}>
        提交，等待网格员核实
      </Btn>
    </PageShell>
  )
}
