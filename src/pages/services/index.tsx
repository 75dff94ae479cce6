/** 办事: what exists (一键报事) and what is coming (marked 即将开放, no dead ends). */
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { getUser } from '../../api'
import { PageShell } from '../../components'
import { CERT_ROUTES } from '../../lib/certificates'
import { MARKET_ROUTES } from '../../lib/market'
import { go, ROUTES, rolesOf } from '../../lib/routes'
import { BoardEntry } from '../board/parts/BoardEntry'

const SOON: Array<{ key: string; icon: string; title: string; text: string }> = []

export default function ServicesPage() {
  const soon = (title: string) =>
    Taro.showModal({ title, content: '这项服务即将开放，敬请期待。遇到问题可先用“一键报事”。', showCancel: false })

  return (
    <PageShell>
      <Text className="h2">可以办</Text>
      <View className="card card-link service-report" onClick={() => go(ROUTES.home)}>
        <Text className="channel-icon">📣</Text>
        <View className="grow" style={{ marginLeft: '16px' }}>
          <Text className="block" style={{ fontWeight: 'bold' }}>
            一键报事
          </Text>
          <Text className="block muted small">报物业、报网格员，拍照就能报</Text>
        </View>
        <Text className="chevron">›</Text>
      </View>
      <View className="card card-link" onClick={() => go(ROUTES.reportMine)}>
        <Text className="channel-icon">📋</Text>
        <View className="grow" style={{ marginLeft: '16px' }}>
          <Text className="block" style={{ fontWeight: 'bold' }}>
            我的报事
          </Text>
          <Text className="block muted small">查看进度、确认解决、评价</Text>
        </View>
        <Text className="chevron">›</Text>
      </View>

      <View className="card card-link service-certificates" onClick={() => go(CERT_ROUTES.types)}>
        <Text className="channel-icon">📄</Text>
        <View className="grow" style={{ marginLeft: '16px' }}>
          <Text className="block" style={{ fontWeight: 'bold' }}>
            在线办事（居住证明等）
          </Text>
          <Text className="block muted small">一次告知所需材料，审核后出具可扫码核验的电子证明</Text>
        </View>
        <Text className="chevron">›</Text>
      </View>
      <MarketEntries />
      <BoardEntry className="service-board" />

      {SOON.length ? <Text className="h2">即将开放</Text> : null}
      {SOON.map((s) => (
        <View key={s.key} className="card card-link service-soon" onClick={() => soon(s.title)}>
          <Text className="channel-icon">{s.icon}</Text>
          <View className="grow" style={{ marginLeft: '16px' }}>
            <Text className="block" style={{ fontWeight: 'bold' }}>
              {s.title}
            </Text>
            <Text className="block muted small">{s.text}</Text>
          </View>
          <Text className="status-tag status-closed">即将开放</Text>
        </View>
      ))}
    </PageShell>
  )
}

/** 民生集市: residents book and see their bookings; staff scan; admins manage. */
function MarketEntries() {
  const roles = rolesOf(getUser())
  const entries = [
    ...(roles.includes('resident')
      ? [
          {
            key: 'market',
            icon: '🎪',
            title: '民生集市',
            text: '义诊、义剪、维修，预约时段免排队',
            url: MARKET_ROUTES.market,
          },
          {
            key: 'market-mine',
            icon: '🎫',
            title: '我的预约',
            text: '预约码、候补进度、取消',
            url: MARKET_ROUTES.mine,
          },
        ]
      : []),
    ...(roles.some((r) => r === 'grid_worker' || r === 'grid_leader' || r === 'community_admin' || r === 'street_admin')
      ? [
          {
            key: 'market-scan',
            icon: '📷',
            title: '集市扫码核销',
            text: '扫居民预约码，登记现场人员',
            url: MARKET_ROUTES.scan,
          },
        ]
      : []),
    ...(roles.some((r) => r === 'community_admin' || r === 'street_admin')
      ? [
          {
            key: 'market-admin',
            icon: '🗓️',
            title: '集市管理',
            text: '新建、发布、取消集市，查看统计',
            url: MARKET_ROUTES.admin,
          },
        ]
      : []),
  ]
  return (
    <>
      {entries.map((e) => (
        <View key={e.key} className={`card card-link service-${e.key}`} onClick={() => go(e.url)}>
          <Text className="channel-icon">{e.icon}</Text>
          <View className="grow" style={{ marginLeft: '16px' }}>
            <Text className="block" style={{ fontWeight: 'bold' }}>
              {e.title}
            </Text>
            <Text className="block muted small">{e.text}</Text>
          </View>
          <Text className="chevron">›</Text>
        </View>
      ))}
    </>
  )
}
