/** 工作人员 at a desk: the columns of its table (DeskTable), sortable by name, role and 在岗 / 休息. */
import { Text } from '@tarojs/components'
import type { DeskColumn } from '../../shared/DeskTable'

export interface StaffRow {
  userId: string
  name: string
  role: string
  roleLabel: string
  onDuty: boolean
}

export const staffName = (p: StaffRow) => p.name || '（未填姓名）'

export const STAFF_TABLE: DeskColumn<StaffRow>[] = [
  { key: 'name', header: '姓名', sortValue: staffName, cell: (p) => <Text className="dt-name">{staffName(p)}</Text> },
  { key: 'role', header: '岗位', sortValue: (p) => p.roleLabel, cell: (p) => p.roleLabel },
  {
    key: 'duty',
    header: '状态',
    sortValue: (p) => !p.onDuty,
    cell: (p) => (
      <Text className={`adm-tag ${p.onDuty ? 'adm-tag-green' : 'adm-tag-orange'}`}>{p.onDuty ? '在岗' : '休息'}</Text>
    ),
  },
]
