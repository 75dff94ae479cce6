/**
 * 社区 › 小区 › 楼栋, picked step by step or found with the search box (household.places tree).
 * A single choice at a level is taken at once, so a one-community street starts at the estates.
 */
import { Input, Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import type { PlacesTree } from '../../../../types/household'

type Community = PlacesTree['communities'][number]
type Estate = Community['estates'][number]
type Building = Estate['buildings'][number]

export interface PickedPlace {
  community: Community
  estate: Estate
  building: Building
}

export const placeLine = (p: PickedPlace) => `${p.community.name} › ${p.estate.name} › ${p.building.name}`

function allBuildings(tree: PlacesTree): PickedPlace[] {
  return tree.communities.flatMap((community) =>
    community.estates.flatMap((estate) => estate.buildings.map((building) => ({ community, estate, building }))),
  )
}

interface Props {
  tree: PlacesTree
  picked: PickedPlace | null
  onPick: (p: PickedPlace | null) => void
}

export function PlacePicker({ tree, picked, onPick }: Props) {
  const [q, setQ] = useState('')
  const [communityId, setCommunityId] = useState<string | null>(null)
  const [estateId, setEstateId] = useState<string | null>(null)
  const buildings = useMemo(() => allBuildings(tree), [tree])

  const words = q.trim().split(/\s+/).filter(Boolean)
  const hits = words.length ? buildings.filter((b) => words.every((w) => placeLine(b).includes(w))).slice(0, 20) : []

  if (picked) {
    return (
      <View className="picked picked-place">
        <Text className="grow" style={{ fontWeight: 'bold', lineHeight: 1.5 }}>
          {placeLine(picked)}
        </Text>
        <Text className="picked-change" onClick={() => onPick(null)}>
          更改
        </Text>
      </View>
    )
  }

  const community =
    tree.communities.find((c) => c.id === communityId) ?? (tree.communities.length === 1 ? tree.communities[0] : null)
  const estate =
    community?.estates.find((e) => e.id === estateId) ?? (community?.estates.length === 1 ? community.estates[0] : null)

  return (
    <View>
      <Input
        className="input place-search"
        value={q}
        placeholder="搜索小区或楼栋，如：博泰 3号楼"
        onInput={(e) => setQ(e.detail.value)}
      />
      {words.length ? (
        <View className="place-hits">
          {hits.length === 0 ? <Text className="block muted">没有找到，换个字试试，或在下面逐级选择</Text> : null}
          {hits.map((h) => (
            <View key={h.building.id} className="place-hit" onClick={() => onPick(h)}>
              <Text>{placeLine(h)}</Text>
            </View>
          ))}
        </View>
      ) : (
        <View>
          <Text className="step-title">社区</Text>
          <View className="chips">
            {tree.communities.map((c) => (
              <Text
                key={c.id}
                className={`chip pick-community${community?.id === c.id ? ' chip-on' : ''}`}
                onClick={() => {
                  setCommunityId(c.id)
                  setEstateId(null)
                }}
              >
                {c.name}
              </Text>
            ))}
          </View>
          {community ? (
            <View>
              <Text className="step-title">小区</Text>
              <View className="chips">
                {community.estates.map((e) => (
                  <Text
                    key={e.id}
                    className={`chip pick-estate${estate?.id === e.id ? ' chip-on' : ''}`}
                    onClick={() => setEstateId(e.id)}
                  >
                    {e.name}
                  </Text>
                ))}
              </View>
            </View>
          ) : null}
          {community && estate ? (
            <View>
              <Text className="step-title">楼栋</Text>
              <View className="chips">
                {estate.buildings.map((b) => (
                  <Text
                    key={b.id}
                    className="chip pick-building"
                    onClick={() => onPick({ community, estate, building: b })}
                  >
                    {b.name}
                  </Text>
                ))}
              </View>
            </View>
          ) : null}
        </View>
      )}
    </View>
  )
}
