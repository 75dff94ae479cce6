/**
 * 报事类别 at a desk: the columns of its table (DeskTable), sortable by name, group, handler, the two
 * deadlines and status (启用 / 停用).
 */
import { Text, View } from '@tarojs/components'
import type { DeskColumn } from '../../shared/DeskTable'
import { handlerLabel } from '../../shared/labels'
import type { CategoryItem } from '../../shared/refs'

export const CATEGORY_TABLE: DeskColumn<CategoryItem>[] = [
  {
    key: 'name',
    header: '类别',
    sortValue: ({ category: c }) => c.name,
    cell: ({ category: c }) => (
      <View className="dt-tags">
        <Text className="dt-name">
          {c.icon} {c.name}
        </Text>
        {c.urgent ? <Text className="adm-tag adm-tag-red">紧急</Text> : null}
      </View>
    ),
  },
  { key: 'group', header: '分组', sortValue: ({ category: c }) => c.group, cell: ({ category: c }) => c.group },
  {
    key: 'handler',
    header: '默认处理',
    sortValue: ({ category: c }) => handlerLabel(c.defaultHandler),
    cell: ({ category: c }) => handlerLabel(c.defaultHandler),
  },
  {
    key: 'acknowledge',
    header: '签收时限',
    sortValue: ({ category: c }) => c.acknowledgeHours,
    cell: ({ category: c }) => `${c.acknowledgeHours} 小时`,
  },
  {
    key: 'resolve',
    header: '办结时限',
    sortValue: ({ category: c }) => c.resolveHours,
    cell: ({ category: c }) => `${c.resolveHours} 小时`,
  },
  {
    key: 'photo',
    header: '办结拍照',
    sortValue: ({ category: c }) => !c.afterPhotoRequired,
    cell: ({ category: c }) => (c.afterPhotoRequired ? '需拍照' : <Text className="dt-sub">—</Text>),
  },
  {
    key: 'status',
    header: '状态',
    sortValue: ({ category: c }) => !c.active,
    cell: ({ category: c }) =>
      c.active ? (
        <Text className="adm-tag adm-tag-green">启用</Text>
      ) : (
        <Text className="adm-tag adm-tag-red">已停用</Text>
      ),
  },
]
