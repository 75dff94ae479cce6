import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { toApiError, uploadPhoto } from '../api'

interface Item {
  key: string
  path: string
  progress: number
  fileId?: string
  error?: string
}

interface Props {
  max?: number
  /** the file ids uploaded so far, in order */
  onChange: (fileIds: string[]) => void
  /** true while any photo is still uploading */
  onBusyChange?: (busy: boolean) => void
}

let seq = 0

/** Up to 9 photos: choose, upload at once with progress, tap a failed one to retry, × to remove. */
export function PhotoPicker({ max = 9, onChange, onBusyChange }: Props) {
  const [items, setItems] = useState<Item[]>([])
  const itemsRef = useRef(items)
  itemsRef.current = items

  const onChangeRef = useRef(onChange)
  onChangeRef.current = onChange
  const onBusyRef = useRef(onBusyChange)
  onBusyRef.current = onBusyChange

  const uploaded = items.filter((i) => i.fileId).map((i) => i.fileId!)
  const busy = items.some((i) => !i.fileId && !i.error)
  const idsKey = uploaded.join(',')
  useEffect(() => {
    onChangeRef.current(idsKey ? idsKey.split(',') : [])
  }, [idsKey])
  useEffect(() => {
    onBusyRef.current?.(busy)
  }, [busy])

  const patch = (key: string, p: Partial<Item>) =>
    setItems((list) => list.map((i) => (i.key === key ? { ...i, ...p } : i)))

  const upload = async (item: Item) => {
    patch(item.key, { error: undefined, progress: 0 })
    try {
      const fileId = await uploadPhoto(item.path, (progress) => patch(item.key, { progress }))
      patch(item.key, { fileId, progress: 100 })
    } catch (e) {
      patch(item.key, { error: toApiError(e).message })
    }
  }

  const choose = async () => {
    const room = max - itemsRef.current.length
    if (room <= 0) return
    let paths: string[]
    try {
      const res = await Taro.chooseImage({ count: room, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
      paths = res.tempFilePaths
    } catch {
      return // cancelled
    }
    const added = paths.slice(0, room).map((path) => ({ key: `p${++seq}`, path, progress: 0 }))
    setItems((list) => [...list, ...added])
    for (const item of added) void upload(item)
  }

  const remove = (key: string) => setItems((list) => list.filter((i) => i.key !== key))

  return (
    <View className="photo-picker">
      {items.map((item) => (
        <View key={item.key} className="photo-cell">
          <Image className="photo-thumb" src={item.path} mode="aspectFill" />
          {!item.fileId && !item.error ? <Text className="photo-progress">{Math.round(item.progress)}%</Text> : null}
          {item.error ? (
            <Text className="photo-failed" onClick={() => void upload(item)}>
              上传失败{'\n'}点此重试
            </Text>
          ) : null}
          <Text className="photo-remove" onClick={() => remove(item.key)}>
            ×
          </Text>
        </View>
      ))}
      {items.length < max ? (
        <View className="photo-cell photo-add" onClick={choose}>
          <Text className="photo-add-plus">＋</Text>
          <Text className="photo-add-text">{items.length ? `${items.length}/${max}` : '拍照/相册'}</Text>
        </View>
      ) : null}
    </View>
  )
}
