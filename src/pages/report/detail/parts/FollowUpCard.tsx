/**
 * While the resident's own report is open: 催办 (once per 4 working hours; the server decides),
 * 补充说明 and 追加照片. Each is a timeline row the holder is told about. `?followUp=note` (from
 * 您已报过 on the form) opens the note at once.
 */
import { Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { formatTime } from '../../../../../types/china-time'
import type { OrderDetail } from '../../../../../types/report'
import { call, toApiError } from '../../../../api'
import { Btn, PhotoPicker } from '../../../../components'

type Open = 'note' | 'photos' | null

export function FollowUpCard({ o, onChanged }: { o: OrderDetail; onChanged: () => Promise<void> }) {
  const { params } = useRouter()
  const [open, setOpen] = useState<Open>(params.followUp === 'note' ? 'note' : null)
  const [note, setNote] = useState('')
  const [photos, setPhotos] = useState<string[]>([])
  const [uploading, setUploading] = useState(false)
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const inFlight = useRef(false)

  const can = (a: 'nudge' | 'note' | 'add_photos') => o.actions.includes(a)
  if (!can('note') && !can('add_photos') && !can('nudge') && !o.nudgeAfter) return null

  const send = async (name: string, data: Record<string, unknown>, done: string) => {
    if (inFlight.current) return
    inFlight.current = true
    setBusy(name)
    setError(null)
    try {
      await call('report', name, { id: o.id, ...data })
      Taro.showToast({ title: done, icon: 'success' })
      setOpen(null)
      setNote('')
      setPhotos([])
      await onChanged()
    } catch (e) {
      setError(toApiError(e).message)
    } finally {
      inFlight.current = false
      setBusy(null)
    }
  }

  return (
    <View className="card follow-up">
      <Text className="field-label">还没处理好？</Text>
      {can('nudge') ? (
        <Btn
          block
          kind="secondary"
          className="action-nudge"
          loading={busy === 'nudge'}
          onClick={() => void send('nudge', {}, '已催办')}
        >
          催办（提醒{o.handler.staffName || o.handler.orgName}）
        </Btn>
      ) : o.nudgeAfter ? (
        <Text className="block muted nudge-wait">已催办，{formatTime(o.nudgeAfter)} 后可再次催办</Text>
      ) : null}
      {can('note') && open !== 'note' ? (
        <Btn block kind="plain" className="action-note-open" onClick={() => setOpen('note')}>
          补充说明
        </Btn>
      ) : null}
      {open === 'note' ? (
        <View className="note-panel">
          <Textarea
            className="textarea follow-up-note"
            value={note}
            maxlength={300}
            placeholder="还有什么要告诉处理人员？例如：晚上八点后家里有人"
            onInput={(e) => setNote(e.detail.value)}
          />
          <Btn
            block
            className="action-note"
            loading={busy === 'note'}
            disabled={note.trim().length < 2}
            onClick={() => void send('note', { note: note.trim() }, '已补充')}
          >
            {note.trim().length < 2 ? '请写下要补充的内容' : '提交补充说明'}
          </Btn>
        </View>
      ) : null}
      {can('add_photos') && open !== 'photos' ? (
        <Btn block kind="plain" className="action-photos-open" onClick={() => setOpen('photos')}>
          追加照片
        </Btn>
      ) : null}
      {open === 'photos' ? (
        <View className="photos-panel">
          <PhotoPicker onChange={setPhotos} onBusyChange={setUploading} />
          <Btn
            block
            className="action-add-photos"
            loading={busy === 'addPhotos'}
            disabled={uploading || photos.length === 0}
            onClick={() => void send('addPhotos', { photos }, '已追加照片')}
          >
            {uploading ? '照片上传中…' : photos.length ? `提交${photos.length}张照片` : '请先选择照片'}
          </Btn>
        </View>
      ) : null}
      {error ? <View className="alert-red follow-up-error">{error}</View> : null}
    </View>
  )
}
