/**
 * Who may answer the survey: a resident with a verified household. Everyone else gets why, and the
 * next step (bind an address, wait for verification, or go to work).
 */
import { Text, View } from '@tarojs/components'
import type { User } from '../../../../types/identity'
import { Btn } from '../../../components'
import { go, ROUTES, workPageFor } from '../../../lib/routes'

export type Gate = 'ok' | 'staff' | 'no-address' | 'unverified' | 'logged-out'

export function gateOf(user: User | null): Gate {
  if (!user) return 'logged-out'
  if (user.kind === 'staff') return 'staff'
  if (!user.address) return 'no-address'
  if (user.householdVerified === false) return 'unverified'
  return 'ok'
}

const TEXT: Record<Exclude<Gate, 'ok'>, [string, string]> = {
  staff: [
    '工作人员不参加居民评价',
    '季度评价只由居民填写（包括物业公司自己的员工在内，工作人员都不能作答），以保证公正。您可以在工作台查看考核数据。',
  ],
  'no-address': ['请先绑定住址', '季度评价针对您家所在小区的物业，绑定住址并通过核验后就能评价。'],
  unverified: ['住址核验中', '网格员或社区核验您的住址后就能评价，一般1–2个工作日。可在“我的房屋”查看进度。'],
  'logged-out': ['请先登录', '登录后就能给物业打分。'],
}

export function GateMessage({ gate, user }: { gate: Exclude<Gate, 'ok'>; user: User | null }) {
  const [title, text] = TEXT[gate]
  const work = workPageFor(user)
  return (
    <View className={`card sv-gate sv-gate-${gate}`}>
      <Text className="block sv-gate-title">{title}</Text>
      <Text className="block muted sv-gate-text">{text}</Text>
      {gate === 'staff' && work ? (
        <Btn kind="primary" block onClick={() => go(work)}>
          进入工作台
        </Btn>
      ) : null}
      {gate === 'no-address' ? (
        <Btn kind="primary" block className="sv-gate-bind" onClick={() => go(ROUTES.bind)}>
          去绑定住址
        </Btn>
      ) : null}
      {gate === 'unverified' ? (
        <Btn kind="primary" block className="sv-gate-houses" onClick={() => go(ROUTES.houses)}>
          查看我的房屋
        </Btn>
      ) : null}
      {gate === 'logged-out' ? (
        <Btn kind="primary" block onClick={() => go(ROUTES.welcome)}>
          去登录
        </Btn>
      ) : null}
      <Btn kind="secondary" block className="sv-gate-board" onClick={() => go(ROUTES.board)}>
        看物业红黑榜
      </Btn>
    </View>
  )
}
