/**
 * Saving an edit: busy state, the server's Chinese message, and on CONFLICT the record as the other
 * person left it (the envelope's `details.current`), with a way to load it and edit again.
 */
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { toApiError } from '../../api'
import { Btn } from '../../components'
import { ChangeView, RecordView } from './readable'

export interface SaveState {
  busy: boolean
  error: string | null
  /** set on CONFLICT: the current record (null when it was removed) */
  conflict: { current: unknown } | null
}

export function useSave() {
  const [state, setState] = useState<SaveState>({ busy: false, error: null, conflict: null })
  const reset = () => setState({ busy: false, error: null, conflict: null })
  /** runs `fn`; resolves to its result, or null when it failed (the state then says why) */
  async function run<T>(fn: () => Promise<T>, done = '已保存'): Promise<T | null> {
    setState({ busy: true, error: null, conflict: null })
    try {
      const out = await fn()
      setState({ busy: false, error: null, conflict: null })
      if (done) Taro.showToast({ title: done, icon: 'success' })
      return out
    } catch (e) {
      const err = toApiError(e)
      const details = err.details as { current?: unknown } | undefined
      setState({
        busy: false,
        error: err.message,
        conflict: err.code === 'CONFLICT' ? { current: details?.current ?? null } : null,
      })
      return null
    }
  }
  const fail = (error: string) => setState({ busy: false, error, conflict: null })
  return { ...state, run, reset, fail }
}

/** The save's outcome under the form: the message, and on CONFLICT the other person's version. */
export function SaveProblem({
  state,
  onReload,
  base,
}: {
  state: SaveState
  onReload?: () => void
  /** the record as this admin opened it: then only what the other person changed is shown */
  base?: unknown
}) {
  if (!state.error) return null
  return (
    <View className="alert-red adm-save-error">
      <Text className="block">{state.error}</Text>
      {state.conflict ? (
        <View className="adm-conflict">
          <Text className="block small">
            {state.conflict.current ? (base ? '对方改动了（原 → 现）：' : '对方保存后的内容：') : '这条记录已不存在。'}
          </Text>
          {state.conflict.current && base ? <ChangeView before={base} after={state.conflict.current} /> : null}
          {state.conflict.current && !base ? <RecordView value={state.conflict.current} /> : null}
          {onReload ? (
            <Btn kind="secondary" className="adm-conflict-reload" onClick={onReload}>
              载入最新内容再改
            </Btn>
          ) : null}
        </View>
      ) : null}
    </View>
  )
}
