/**
 * 分派规则 at a desk: the columns of its table (DeskTable), sortable by category, scope (全街道默认
 * first), handler, priority and status; the names come from the street's refs.
 */
import { Text } from '@tarojs/components'
import type { DeskColumn } from '../../shared/DeskTable'
import { handlerLabel } from '../../shared/labels'
import { nameOf, type Refs } from '../../shared/refs'
import type { RuleItem } from './index'

export function ruleColumns(r: Refs | null): DeskColumn<RuleItem>[] {
  const category = ({ rule }: RuleItem) => (rule.categoryCode ? nameOf(r, rule.categoryCode) : '全部类别')
  const handler = ({ rule }: RuleItem) =>
    `${handlerLabel(rule.handler)}${rule.orgId ? `（${nameOf(r, rule.orgId)}）` : ''}`
  return [
    {
      key: 'category',
      header: '类别',
      sortValue: category,
      cell: (it) => <Text className="dt-name">{category(it)}</Text>,
    },
    {
      key: 'scope',
      header: '适用范围',
      // 全街道默认 before the estates' exceptions
      sortValue: ({ rule }) => (rule.estateId ? `1${nameOf(r, rule.estateId)}` : '0'),
      cell: ({ rule }) => (
        <Text className={`adm-tag ${rule.estateId ? 'adm-tag-orange' : ''}`}>
          {rule.estateId ? nameOf(r, rule.estateId) : '全街道默认'}
        </Text>
      ),
    },
    {
      key: 'handler',
      header: '派给',
      sortValue: handler,
      cell: (it) => <Text className="adm-tag adm-tag-blue">→ {handler(it)}</Text>,
    },
    { key: 'priority', header: '优先级', sortValue: ({ rule }) => rule.priority, cell: ({ rule }) => rule.priority },
    { key: 'reason', header: '分派理由', wrap: true, cell: ({ rule }) => rule.reason },
    {
      key: 'status',
      header: '状态',
      sortValue: ({ rule }) => !rule.active,
      cell: ({ rule }) =>
        rule.active ? (
          <Text className="adm-tag adm-tag-green">启用</Text>
        ) : (
          <Text className="adm-tag adm-tag-red">已停用</Text>
        ),
    },
  ]
}
