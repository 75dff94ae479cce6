/**
 * What happens to a patrol finding: 派给 (routed as a report, never back to me) or 当场处置 (I fixed it
 * on the spot: it is filed done, with what I did and a photo after).
 */
import { Textarea, View } from '@tarojs/components'
import { PhotoPicker } from '../../../../components'

export type Handle = 'dispatch' | 'on_spot'

export function HandlePicker(props: {
  handle: Handle
  onHandle: (h: Handle) => void
  note: string
  onNote: (n: string) => void
  onPhotos: (ids: string[]) => void
  onBusy: (busy: boolean) => void
}) {
  return (
    <View className="patrol-card patrol-handle">
      <View className="patrol-label">处置方式</View>
      <View className="patrol-switch">
        {(
          [
            ['dispatch', '派给', '按类别派给物业、网格或部门处理'],
            ['on_spot', '当场处置', '已在现场解决，拍照后直接办结'],
          ] as const
        ).map(([key, text, hint]) => (
          <View
            key={key}
            className={`patrol-switch-item patrol-handle-${key} ${props.handle === key ? 'is-selected' : ''}`}
            onClick={() => props.onHandle(key)}
          >
            <View className="patrol-switch-text">{text}</View>
            <View className="patrol-switch-hint">{hint}</View>
          </View>
        ))}
      </View>
      {props.handle === 'on_spot' ? (
        <View className="patrol-onspot">
          <View className="patrol-group-name">处置情况</View>
          <Textarea
            className="staff-textarea patrol-textarea patrol-onspot-note"
            value={props.note}
            maxlength={300}
            placeholder="例如：已督促住户当场清走楼道纸箱，通道已畅通"
            onInput={(e) => props.onNote(e.detail.value)}
          />
          <View className="patrol-group-name">处置后照片（必传）</View>
          <PhotoPicker max={9} onChange={props.onPhotos} onBusyChange={props.onBusy} />
        </View>
      ) : null}
    </View>
  )
}
