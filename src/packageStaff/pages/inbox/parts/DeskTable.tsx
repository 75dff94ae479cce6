/**
 * The staff inbox at a desk (≥ 1024 px): a table sortable by deadline, status and category, a check
 * box on every row the viewer may 签收 (and one for all of them) for a batch 签收, and the open row
 * marked for the detail pane beside it.
 */
import { Text, View } from '@tarojs/components'
import { formatTime, remainingText } from '../../../../../types/china-time'
import type { OrderSummary } from '../../../../../types/report'
import { StatusTag } from '../../../../components'
import { Badges } from './OrderCard'
import { canAcknowledge, deadlineFor, type Sort, type SortKey } from './rows'

const COLUMNS: { key: SortKey | null; label: string; cls: string }[] = [
  { key: null, label: '', cls: 'pick' },
  { key: 'category', label: '类别', cls: 'category' },
  { key: null, label: '问题与地点', cls: 'desc' },
  { key: 'status', label: '状态', cls: 'status' },
  { key: 'deadline', label: '截止', cls: 'deadline' },
]

export function DeskTable(props: {
  rows: OrderSummary[]
  sort: Sort
  onSort: (key: SortKey) => void
  isDepartment: boolean
  openId: string | null
  onOpen: (id: string) => void
  picked: ReadonlySet<string>
  onPick: (ids: string[], on: boolean) => void
}) {
  const pickable = props.rows.filter(canAcknowledge).map((o) => o.id)
  const allPicked = pickable.length > 0 && pickable.every((id) => props.picked.has(id))
  return (
    <View className="desk-table" role="table">
      <View className="desk-tr desk-thead" role="row">
        {COLUMNS.map((c) =>
          c.cls === 'pick' ? (
            <View key={c.cls} className="desk-th desk-col-pick">
              {pickable.length ? (
                <View
                  className={`desk-check desk-check-all ${allPicked ? 'is-on' : ''}`}
                  role="checkbox"
                  aria-checked={allPicked}
                  onClick={() => props.onPick(pickable, !allPicked)}
                />
              ) : null}
            </View>
          ) : (
            <View
              key={c.cls}
              className={`desk-th desk-col-${c.cls} ${c.key ? 'is-sortable' : ''} ${
                c.key && props.sort.key === c.key ? 'is-sorted' : ''
              }`}
              data-sort={c.key ?? undefined}
              onClick={c.key ? () => props.onSort(c.key as SortKey) : undefined}
            >
              {c.label}
              {c.key && props.sort.key === c.key ? (props.sort.asc ? ' ▲' : ' ▼') : c.key ? ' ⇅' : ''}
            </View>
          ),
        )}
      </View>
      {props.rows.map((o) => {
        const due = deadlineFor(o, props.isDepartment)
        const can = canAcknowledge(o)
        return (
          <View
            key={o.id}
            className={`desk-tr desk-row ${props.openId === o.id ? 'is-open' : ''} ${due?.overdue ? 'is-overdue' : ''}`}
            data-id={o.id}
            role="row"
            onClick={() => props.onOpen(o.id)}
          >
            <View className="desk-td desk-col-pick">
              {can ? (
                <View
                  className={`desk-check ${props.picked.has(o.id) ? 'is-on' : ''}`}
                  role="checkbox"
                  aria-checked={props.picked.has(o.id)}
                  onClick={(e) => {
                    e.stopPropagation()
                    props.onPick([o.id], !props.picked.has(o.id))
                  }}
                />
              ) : null}
            </View>
            <View className="desk-td desk-col-category">
              <Text className="desk-category">{o.categoryName}</Text>
              <Badges o={o} />
            </View>
            <View className="desk-td desk-col-desc">
              <Text className="desk-desc">{o.description}</Text>
              <Text className="desk-sub">
                {o.addressLabel} · {o.number}
              </Text>
            </View>
            <View className="desk-td desk-col-status">
              <StatusTag status={o.status} label={o.statusLabel} overdue={o.overdue} />
              {o.handlerStaffName && !o.mine ? <Text className="desk-sub">{o.handlerStaffName}</Text> : null}
            </View>
            <View className={`desk-td desk-col-deadline ${due?.overdue ? 'is-overdue' : ''}`}>
              {due ? (
                <>
                  <Text className="desk-due">{remainingText(due.at)}</Text>
                  <Text className="desk-sub">
                    {due.kind} {formatTime(due.at)}
                  </Text>
                </>
              ) : (
                <Text className="desk-sub">—</Text>
              )}
            </View>
          </View>
        )
      })}
    </View>
  )
}
