/**
 * The desk layout of the inbox: the toolbar (how many picked, 批量签收), the sortable table, and the
 * open order's detail pane beside it. A batch 签收 runs one 签收 per order, each authorized on its own;
 * one that someone else changed meanwhile is counted, not hidden.
 */
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useMemo, useState } from 'react'
import type { OrderSummary } from '../../../../../types/report'
import { call } from '../../../../api'
import { nextSort } from '../../../../lib/desk-sort'
import { DeskTable } from './DeskTable'
import { DetailPane } from './DetailPane'
import { canAcknowledge, type Sort, type SortKey, sortRows } from './rows'

export interface BatchResult {
  done: number
  failed: number
}

/** 签收 each order in turn (one at a time: the 2-core server and the per-order version check stay calm). */
export async function acknowledgeAll(ids: readonly string[]): Promise<BatchResult> {
  let done = 0
  for (const id of ids) {
    try {
      await call('workorder', 'acknowledge', { id })
      done++
    } catch {
      // counted below: a stale or foreign order is reported as not signed
    }
  }
  return { done, failed: ids.length - done }
}

export function DeskView(props: {
  items: OrderSummary[]
  isDepartment: boolean
  onBatch: (ids: string[]) => Promise<BatchResult>
}) {
  const [sort, setSort] = useState<Sort>({ key: 'deadline', asc: true })
  const [openId, setOpenId] = useState<string | null>(props.items[0]?.id ?? null)
  const [picked, setPicked] = useState<Set<string>>(new Set())
  const [busy, setBusy] = useState(false)
  const [version, setVersion] = useState(0)
  const rows = useMemo(() => sortRows(props.items, sort, props.isDepartment), [props.items, sort, props.isDepartment])

  // rows that left the list (signed elsewhere, other tab) leave the selection too
  useEffect(() => {
    const signable = new Set(props.items.filter(canAcknowledge).map((o) => o.id))
    setPicked((p) => new Set([...p].filter((id) => signable.has(id))))
    if (openId && !props.items.some((o) => o.id === openId)) setOpenId(props.items[0]?.id ?? null)
  }, [props.items, openId])

  const onSort = (key: SortKey) => setSort((s) => nextSort(s, key))
  const onPick = (ids: string[], on: boolean) =>
    setPicked((p) => {
      const next = new Set(p)
      for (const id of ids) on ? next.add(id) : next.delete(id)
      return next
    })

  const batch = async () => {
    if (busy || picked.size === 0) return
    setBusy(true)
    const out = await props.onBatch([...picked])
    setBusy(false)
    setPicked(new Set())
    setVersion((v) => v + 1)
    Taro.showToast({
      title: out.failed ? `已签收${out.done}件，${out.failed}件已被他人处理` : `已签收${out.done}件`,
      icon: out.failed ? 'none' : 'success',
      duration: 2500,
    })
  }

  return (
    <View className="desk">
      <View className="desk-list">
        <View className="desk-toolbar">
          <Text className="desk-toolbar-text">
            共 {rows.length} 件{picked.size ? `，已选 ${picked.size} 件` : ''}
          </Text>
          <View className={`desk-batch ${picked.size ? '' : 'is-disabled'} ${busy ? 'is-busy' : ''}`} onClick={batch}>
            {busy ? '签收中…' : `批量签收${picked.size ? `（${picked.size}）` : ''}`}
          </View>
        </View>
        <DeskTable
          rows={rows}
          sort={sort}
          onSort={onSort}
          isDepartment={props.isDepartment}
          openId={openId}
          onOpen={setOpenId}
          picked={picked}
          onPick={onPick}
        />
      </View>
      <DetailPane id={openId} version={version} />
    </View>
  )
}
