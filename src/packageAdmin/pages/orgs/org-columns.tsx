/** 物业与部门 at a desk: the columns of its table (DeskTable), sortable by name, kind and how much is filled in. */
import { Text } from '@tarojs/components'
import type { OrgRow } from '../../../../types/admin-places'
import type { DeskColumn } from '../../shared/DeskTable'

const kindLabel = (o: OrgRow) => (o.kind === 'property' ? '物业公司' : '职能部门')

export const ORG_TABLE: DeskColumn<OrgRow>[] = [
  { key: 'name', header: '单位名称', sortValue: (o) => o.name, cell: (o) => <Text className="dt-name">{o.name}</Text> },
  {
    key: 'kind',
    header: '类型',
    sortValue: kindLabel,
    cell: (o) => (
      <Text className={`adm-tag ${o.kind === 'property' ? 'adm-tag-blue' : 'adm-tag-green'}`}>{kindLabel(o)}</Text>
    ),
  },
  {
    key: 'phone',
    header: '电话',
    sortValue: (o) => o.phone,
    cell: (o) => o.phone ?? <Text className="dt-sub">未填</Text>,
  },
  { key: 'contacts', header: '联系人', sortValue: (o) => o.contacts.length, cell: (o) => `${o.contacts.length} 位` },
  { key: 'duty', header: '值班', sortValue: (o) => o.duty.length, cell: (o) => `${o.duty.length} 条` },
  {
    key: 'estates',
    header: '服务小区',
    wrap: true,
    sortValue: (o) => o.estates.length || null,
    cell: (o) => (o.estates.length ? o.estates.map((e) => e.name).join('、') : <Text className="dt-sub">—</Text>),
  },
]
