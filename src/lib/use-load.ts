/** Loads data for a page: { data, error, loading, reload }. Errors are always ApiError (Chinese). */
import { useCallback, useEffect, useRef, useState } from 'react'
import { type ApiError, toApiError } from '../api'

export interface Loaded<T> {
  data: T | null
  error: ApiError | null
  loading: boolean
  reload: () => Promise<void>
}

export function useLoad<T>(load: () => Promise<T>, deps: unknown[] = [], options: { skip?: boolean } = {}): Loaded<T> {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [loading, setLoading] = useState(!options.skip)
  const seq = useRef(0)
  const loadRef = useRef(load)
  loadRef.current = load

  const reload = useCallback(async () => {
    const mine = ++seq.current
    setLoading(true)
    setError(null)
    try {
      const out = await loadRef.current()
      if (mine === seq.current) setData(out)
    } catch (e) {
      if (mine === seq.current) setError(toApiError(e))
    } finally {
      if (mine === seq.current) setLoading(false)
    }
  }, [])

  useEffect(() => {
    if (!options.skip) void reload()
  }, [reload, options.skip, ...deps])

  return { data, error, loading, reload }
}
