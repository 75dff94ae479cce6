/**
 * The staff inbox (`workorder.inbox`) as a paged list, for the inbox and the admin dashboard: the
 * first page on mount and whenever the query changes, a quiet refresh on coming back to the page
 * and on pull-down, the next page on reaching the bottom. A slower, older answer never overwrites
 * a newer one.
 */
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { InboxOutput, OrderSummary } from '../../types/report'
import { type ApiError, call, toApiError } from '../api'

export interface InboxQuery {
  filter: string
  categoryCode?: string
}

export function useInbox(query: InboxQuery) {
  const [items, setItems] = useState<OrderSummary[]>([])
  const [counts, setCounts] = useState<InboxOutput['counts'] | null>(null)
  const [onDuty, setOnDuty] = useState<boolean | null>(null)
  const [categoryCodes, setCategoryCodes] = useState<string[] | null>(null)
  const [cursor, setCursor] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)
  const [loadingMore, setLoadingMore] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  const seq = useRef(0)
  const shown = useRef(false)
  const { filter, categoryCode } = query

  const load = useCallback(
    async (opts: { append?: boolean; cursor?: string | null; quiet?: boolean } = {}) => {
      const mine = ++seq.current
      if (opts.append) setLoadingMore(true)
      else if (!opts.quiet) setLoading(true)
      try {
        const out = await call<InboxOutput>('workorder', 'inbox', {
          filter,
          categoryCode,
          cursor: opts.append ? opts.cursor : undefined,
          limit: 20,
        })
        if (mine !== seq.current) return
        setItems((prev) =>
          opts.append ? [...prev, ...out.items.filter((o) => !prev.some((p) => p.id === o.id))] : out.items,
        )
        setCounts(out.counts)
        setOnDuty(out.onDuty)
        setCategoryCodes(out.categoryCodes ?? null)
        setCursor(out.nextCursor)
        setError(null)
      } catch (e) {
        if (mine !== seq.current) return
        const err = toApiError(e)
        if (opts.append) Taro.showToast({ title: err.message, icon: 'none' })
        else setError(err)
      } finally {
        if (mine === seq.current) {
          setLoading(false)
          setLoadingMore(false)
        }
      }
    },
    [filter, categoryCode],
  )

  useEffect(() => {
    load()
  }, [load])

  // coming back from an order page: refresh quietly so a row shows its new state
  useDidShow(() => {
    if (shown.current) load({ quiet: true })
    shown.current = true
  })

  usePullDownRefresh(async () => {
    await load({ quiet: true })
    Taro.stopPullDownRefresh()
  })

  const loadMore = () => {
    if (cursor && !loadingMore && !loading) load({ append: true, cursor })
  }
  useReachBottom(loadMore)

  return {
    items,
    counts,
    onDuty,
    setOnDuty,
    /** the categories the caller's org handles (the category filter); null: every category */
    categoryCodes,
    loading,
    loadingMore,
    error,
    hasMore: cursor !== null,
    loadMore,
    refresh: () => load({ quiet: true }),
    retry: () => load(),
  }
}
