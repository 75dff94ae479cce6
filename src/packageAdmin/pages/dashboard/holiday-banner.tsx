import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { HolidayNoticeOutput } from '../../../../types/holidays'
import { call } from '../../../api'

/** A banner when next year's 放假安排 has not been entered (from 1 November); nothing otherwise. */
export function HolidayBanner() {
  const [notice, setNotice] = useState<HolidayNoticeOutput['notice']>(null)
  useDidShow(() => {
    call<HolidayNoticeOutput>('workorder', 'holidayNotice')
      .then((out) => setNotice(out.notice))
      // a reminder only: the dashboard works without it
      .catch(() => setNotice(null))
  })
  if (!notice) return null
  return (
    <View className="dash-holiday" data-year={notice.year}>
      <Text className="dash-holiday-title">放假安排待录入</Text>
      <Text className="dash-holiday-text">{notice.message}</Text>
    </View>
  )
}
