/**
 * Step 1 of 代办: the verified residents of my grid, by building, with a search by name, building or
 * room. Only residents the back end would accept are listed (proxyResidents).
 */
import { Input, Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import type { ProxyGrid, ProxyResident } from '../../../../../types/certificate-proxy'
import { AddressText, Empty } from '../../../../components'
import { go, ROUTES } from '../../../../lib/routes'

export interface PickedResident extends ProxyResident {
  gridId: string
}

const squash = (s: string) => s.replace(/\s+/g, '')

export function ResidentPicker({ grids, onPick }: { grids: ProxyGrid[]; onPick: (r: PickedResident) => void }) {
  const [query, setQuery] = useState('')
  const total = grids.reduce((n, g) => n + g.buildings.reduce((m, b) => m + b.residents.length, 0), 0)
  const shown = useMemo(() => {
    const q = squash(query)
    const hit = (r: ProxyResident) => !q || squash(`${r.name}${r.addressLabel}`).includes(q)
    return grids.map((g) => ({
      ...g,
      buildings: g.buildings
        .map((b) => ({ ...b, residents: b.residents.filter(hit) }))
        .filter((b) => b.residents.length > 0),
    }))
  }, [grids, query])

  if (grids.length === 0) return <Empty text="您还没有负责的网格，暂不能代办。请联系社区确认您的网格员身份。" />
  if (total === 0) {
    return (
      <Empty
        text="本网格还没有已核实的住户。住户绑定住址、经您核实后，才能为其代办证明。"
        actionText="去核实住户"
        onAction={() => go(ROUTES.staffHouseholds)}
      />
    )
  }
  const found = shown.some((g) => g.buildings.length > 0)
  return (
    <View className="proxy-picker">
      <Text className="block muted small proxy-hint">只列出本网格已核实住址的居民。代办前须征得居民本人同意。</Text>
      <Input
        className="input proxy-search"
        value={query}
        placeholder="输入姓名、楼号或房号查找"
        onInput={(e) => setQuery(e.detail.value)}
      />
      {!found ? (
        <Empty
          text={`没有找到“${query.trim()}”，请换个姓名或房号试试`}
          actionText="清空查找"
          onAction={() => setQuery('')}
        />
      ) : null}
      {shown.map((g) => (
        <View key={g.gridId} className="proxy-grid">
          {grids.length > 1 ? <Text className="h2 block proxy-grid-name">{g.gridName}</Text> : null}
          {g.truncated ? (
            <Text className="block muted small">
              本网格住户较多，这里只列出了一部分，查找也只在其中进行；找不到的居民请到社区办理。
            </Text>
          ) : null}
          {g.buildings.map((b) => (
            <View key={b.buildingId} className="card proxy-building">
              <Text className="block proxy-building-name">{b.label}</Text>
              {b.residents.map((r) => (
                <View
                  key={r.userId}
                  className="proxy-resident"
                  data-user={r.userId}
                  onClick={() => onPick({ ...r, gridId: g.gridId })}
                >
                  <View className="proxy-resident-main">
                    <Text className="block proxy-resident-name">
                      {r.name}
                      <Text className="muted small"> · {r.relationLabel}</Text>
                    </Text>
                    <AddressText className="block muted small" label={r.addressLabel} />
                    {r.phone ? <Text className="block muted small">电话 {r.phone}</Text> : null}
                  </View>
                  <Text className="proxy-chevron">›</Text>
                </View>
              ))}
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
