/** 您已报过: before a duplicate of one's own open report, ask whether to add a note to it instead. */
import Taro from '@tarojs/taro'
import type { OrderSummary } from '../../../../types/report'
import { ROUTES, withQuery } from '../../../lib/routes'

/** true: go on and file a new report; false: the resident went to the earlier one */
export async function askAboutOwnReport(own: OrderSummary): Promise<boolean> {
  const res = await Taro.showModal({
    title: `“${own.categoryName}”还在${own.statusLabel}`,
    content: '您已报过，是否补充说明？',
    confirmText: '补充说明',
    cancelText: '仍要提交',
  })
  if (!res.confirm) return true
  Taro.redirectTo({ url: withQuery(ROUTES.reportDetail, { id: own.id, followUp: 'note' }) })
  return false
}
