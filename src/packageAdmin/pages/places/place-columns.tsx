/** 地址库 at a desk: the columns of its table (DeskTable), sortable by name, kind, code and what it belongs to. */
import { Text } from '@tarojs/components'
import type { PlaceRow } from '../../../../types/admin-places'
import type { DeskColumn } from '../../shared/DeskTable'
import { KIND_OPTIONS } from './PlaceEditor'

const kindLabel = (p: PlaceRow) => KIND_OPTIONS.find((k) => k.value === p.kind)?.label ?? p.kind
const kindRank = (p: PlaceRow) => KIND_OPTIONS.findIndex((k) => k.value === p.kind)

export const PLACE_TABLE: DeskColumn<PlaceRow>[] = [
  { key: 'name', header: '名称', sortValue: (p) => p.name, cell: (p) => <Text className="dt-name">{p.name}</Text> },
  { key: 'kind', header: '类型', sortValue: kindRank, cell: (p) => <Text className="adm-tag">{kindLabel(p)}</Text> },
  { key: 'parent', header: '属于', sortValue: (p) => p.parentName, cell: (p) => p.parentName || '—' },
  {
    key: 'company',
    header: '物业公司',
    sortValue: (p) => (p.kind === 'estate' ? (p.propertyCompanyName ?? '无物业') : null),
    cell: (p) =>
      p.kind === 'estate' ? (
        <Text className={`adm-tag ${p.propertyCompanyName ? 'adm-tag-blue' : 'adm-tag-orange'}`}>
          {p.propertyCompanyName ?? '无物业'}
        </Text>
      ) : (
        <Text className="dt-sub">—</Text>
      ),
  },
  {
    key: 'units',
    header: '单元',
    wrap: true,
    cell: (p) => (p.kind === 'building' && p.units.length ? p.units.join('、') : <Text className="dt-sub">—</Text>),
  },
  { key: 'id', header: '编号', sortValue: (p) => p.id, cell: (p) => <Text className="dt-sub">{p.id}</Text> },
]
