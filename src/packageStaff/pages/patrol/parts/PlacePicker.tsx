/**
 * Where a patrol finding is: a building of my grid, or a road or public area near one of its estates
 * (with words: 小区北门外人行道). The estate's first building stands for the nearest known place.
 */
import { Input, Text, View } from '@tarojs/components'

export type Building = { id: string; label: string }
export type Area = { estateId: string; name: string; buildingId: string; hasPropertyCompany: boolean }
export type PatrolPlace = 'home' | 'elsewhere'

export function PlacePicker(props: {
  buildings: Building[]
  areas: Area[]
  place: PatrolPlace
  onPlace: (p: PatrolPlace) => void
  buildingId: string
  onBuilding: (id: string) => void
  where: string
  onWhere: (w: string) => void
}) {
  const { place } = props
  return (
    <View className="patrol-card patrol-place">
      <View className="patrol-label">地点</View>
      <View className="patrol-switch">
        {(
          [
            ['home', '楼栋内'],
            ['elsewhere', '道路和公共区域'],
          ] as const
        ).map(([key, text]) => (
          <View
            key={key}
            className={`patrol-switch-item patrol-place-${key} ${place === key ? 'is-selected' : ''}`}
            onClick={() => props.onPlace(key)}
          >
            {text}
          </View>
        ))}
      </View>
      {place === 'home' ? (
        props.buildings.length ? (
          <View className="patrol-chips">
            {props.buildings.map((b) => (
              <View
                key={b.id}
                className={`patrol-chip patrol-building ${props.buildingId === b.id ? 'is-selected' : ''}`}
                data-id={b.id}
                onClick={() => props.onBuilding(b.id)}
              >
                {b.label}
              </View>
            ))}
          </View>
        ) : (
          <View className="patrol-hint">您的网格下暂无楼栋，请联系社区管理员核对网格范围。</View>
        )
      ) : (
        <View>
          <View className="patrol-group-name">在哪个小区附近</View>
          <View className="patrol-chips">
            {props.areas.map((a) => (
              <View
                key={a.estateId}
                className={`patrol-chip patrol-area ${props.buildingId === a.buildingId ? 'is-selected' : ''}`}
                data-id={a.estateId}
                onClick={() => props.onBuilding(a.buildingId)}
              >
                {a.name}附近
                {a.hasPropertyCompany ? null : <Text className="patrol-chip-note">（无物业）</Text>}
              </View>
            ))}
          </View>
          <View className="patrol-group-name patrol-where-label">具体位置</View>
          <Input
            className="patrol-input patrol-where"
            value={props.where}
            maxlength={100}
            placeholder="例如：小区北门外人行道、中心广场东侧"
            onInput={(e) => props.onWhere(e.detail.value)}
          />
        </View>
      )}
    </View>
  )
}
