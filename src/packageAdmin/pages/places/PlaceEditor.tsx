/**
 * One place's form, by kind: a community; a grid (its community); an estate (its grid and property
 * company); a building (its estate and units). A changed property company first counts the open
 * orders the old company holds there (admin.estateOpenOrders); when there are any, it asks, with
 * their number, whether they move too, and the answer says how many stayed or moved.
 */
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import {
  type EstateOpenOrdersOutput,
  type PlaceKind,
  type PlaceRow,
  SavePlaceInput,
  type SavePlaceOutput,
} from '../../../../types/admin-places'
import { Btn } from '../../../components'
import { admin } from '../../shared/api'
import { TextField } from '../../shared/fields'
import { check, type FieldErrors, firstError, under } from '../../shared/form'
import { PickList } from '../../shared/PickList'
import { nameOf, orgOptions, placeOptions, type Refs } from '../../shared/refs'
import { SaveProblem, useSave } from '../../shared/save'

export const KIND_OPTIONS: Array<{ value: PlaceKind; label: string }> = [
  { value: 'community', label: '社区' },
  { value: 'grid', label: '网格' },
  { value: 'estate', label: '小区' },
  { value: 'building', label: '楼栋' },
]

export interface PlaceEditing {
  kind: PlaceKind
  row?: PlaceRow
}

interface Props {
  editing: PlaceEditing
  refs: Refs | null
  onCancel: () => void
  onSaved: () => Promise<void>
  onReload: () => Promise<void>
}

const splitUnits = (s: string) =>
  s
    .split(/[、,，;；\s]+/)
    .map((u) => u.trim())
    .filter(Boolean)

export function PlaceEditor({ editing, refs, onCancel, onSaved, onReload }: Props) {
  const row = editing.row
  const kind = editing.kind
  const [id, setId] = useState(row?.id ?? '')
  const [name, setName] = useState(row?.name ?? '')
  const [parent, setParent] = useState<string | null>(row ? row.parentId || null : null)
  const [company, setCompany] = useState<string | null>(row?.propertyCompanyId ?? null)
  const [units, setUnits] = useState((row?.units ?? []).join('、'))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [result, setResult] = useState<SavePlaceOutput | null>(null)
  const save = useSave()

  const parentKey = { community: null, grid: 'communityId', estate: 'gridId', building: 'estateId' }[kind]
  const place = {
    kind,
    id,
    name,
    ...(parentKey ? { [parentKey]: parent ?? '' } : {}),
    ...(kind === 'estate' ? { propertyCompanyId: company } : {}),
    ...(kind === 'building' ? { units: splitUnits(units) } : {}),
  }

  const submit = async () => {
    setResult(null)
    let moveOpenOrders = false
    const changedCompany = kind === 'estate' && row && (row.propertyCompanyId ?? null) !== company
    if (changedCompany && row.propertyCompanyId) {
      const open = await save.run(() => admin<EstateOpenOrdersOutput>('estateOpenOrders', { id: row.id }), '')
      if (!open) return
      if (open.count > 0) {
        const from = row.propertyCompanyName ?? nameOf(refs, row.propertyCompanyId)
        const to = company ? nameOf(refs, company) : '社区（无物业）'
        const which = `${open.numbers.slice(0, 3).join('、')}${open.count > 3 ? ' 等' : ''}`
        const ask = await Taro.showModal({
          title: '更换物业公司',
          content: `${row.name}由“${from}”改为“${to}”，新报事交给新单位。${from}手上还有 ${open.count} 张在办工单（${which}），要一并转过去吗？每张都会在时间线上记一笔转派。`,
          confirmText: '一并转走',
          cancelText: '留原物业',
        })
        moveOpenOrders = ask.confirm
      }
    }
    const out = check(SavePlaceInput, { place, expectedVersion: row?.version, moveOpenOrders })
    const fieldErrors = under(out.errors, 'place')
    setErrors(fieldErrors)
    if (!out.ok) return save.fail(firstError(fieldErrors) ?? '请先改正标红的内容')
    const saved = await save.run(() => admin<SavePlaceOutput>('savePlace', out.data))
    if (saved) {
      setResult(saved)
      await onSaved()
    }
  }

  const kindLabel = KIND_OPTIONS.find((k) => k.value === kind)?.label
  return (
    <View className="adm-editor place-editor">
      <Text className="adm-editor-title">{row ? `修改${kindLabel}：${row.name}` : `新增${kindLabel}`}</Text>
      <View className="adm-form">
        <TextField
          label="名称"
          value={name}
          onChange={setName}
          error={errors.name}
          inputClass="place-name"
          maxlength={40}
        />
        <TextField
          label="编号（小写字母、数字、-）"
          value={id}
          onChange={(v) => setId(v.trim().toLowerCase())}
          error={errors.id}
          inputClass="place-id"
          hint={row ? '编号保存后不能修改' : '如 es-botai、bd-botai-7'}
          maxlength={64}
        />
        {kind === 'grid' ? (
          <PickList
            label="所属社区"
            value={parent}
            options={placeOptions(refs, 'community')}
            onChange={setParent}
            error={errors.communityId}
            wide
          />
        ) : null}
        {kind === 'estate' ? (
          <PickList
            label="所属网格"
            value={parent}
            options={placeOptions(refs, 'grid')}
            onChange={setParent}
            error={errors.gridId}
            wide
            className="place-grid"
          />
        ) : null}
        {kind === 'estate' ? (
          <PickList
            label="物业公司"
            value={company}
            options={orgOptions(refs, 'property')}
            onChange={setCompany}
            noneLabel="无物业（社区兜底）"
            error={errors.propertyCompanyId}
            wide
            className="place-company"
          />
        ) : null}
        {kind === 'building' ? (
          <PickList
            label="所属小区"
            value={parent}
            options={placeOptions(refs, 'estate')}
            onChange={setParent}
            error={errors.estateId}
            wide
          />
        ) : null}
        {kind === 'building' ? (
          <TextField
            label="单元（用顿号分隔）"
            value={units}
            onChange={setUnits}
            error={errors.units}
            placeholder="1单元、2单元"
            wide
          />
        ) : null}
        <SaveProblem state={save} onReload={onReload} />
        {result ? (
          <View className="alert-blue place-moved adm-wide">
            已保存。
            {result.moved ? `已把 ${result.moved} 张在办工单转给新单位。` : ''}
            {result.openOrders.count
              ? `${result.openOrders.count} 张在办工单仍由原物业处理：${result.openOrders.numbers.join('、')}。`
              : ''}
          </View>
        ) : null}
        <View className="adm-actions">
          <Btn kind="secondary" onClick={onCancel}>
            {result ? '关闭' : '取消'}
          </Btn>
          <Btn className="place-save" loading={save.busy} onClick={() => void submit()}>
            保存
          </Btn>
        </View>
      </View>
    </View>
  )
}
