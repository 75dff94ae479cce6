/** One binding as its resident sees it: the address, 待核实/已核实/未通过 (with the reason), 当前住址. */
import { Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import type { HouseholdView } from '../../../../types/household'
import { AddressText } from '../../../components'

const NOTE: Record<string, string> = {
  pending: '网格员核实后即可办证明、预约集市、评价物业。核实前也可以报事。',
  verified: '已核实为本小区住户。',
}

export function HouseCard({ house, children }: PropsWithChildren<{ house: HouseholdView }>) {
  return (
    <View className={`card house house-${house.status}`}>
      <View className="house-head">
        <AddressText className="house-label" label={house.label} />
        <Text className={`house-status house-status-${house.status}`}>{house.statusLabel}</Text>
      </View>
      <Text className="block muted">
        {house.relationLabel} · {house.name}
      </Text>
      {house.current ? <Text className="house-current">当前住址</Text> : null}
      {house.status === 'rejected' ? (
        <Text className="house-note house-reason" style={{ color: '#cf222e' }}>
          未通过原因：{house.rejectReason ?? '未说明'}。可核对后重新绑定，或联系网格员。
        </Text>
      ) : NOTE[house.status] ? (
        <Text className="house-note muted small">{NOTE[house.status]}</Text>
      ) : null}
      {children}
    </View>
  )
}
