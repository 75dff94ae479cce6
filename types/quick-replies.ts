/**
 * 常用语: the quick replies of the staff order page's 进展 and 办结 sheets, as data. A category's own
 * phrases come first, then its group's, then the phrases every order may use. Zod-free: the client
 * bundles it. A street whose categories have other codes still gets its groups' and the general ones.
 */

export type QuickReplySheet = 'progress' | 'resolve'

type Phrases = Partial<Record<QuickReplySheet, readonly string[]>>

/** Phrases any order may use. */
export const GENERAL_REPLIES: Required<Phrases> = {
  progress: [
    '已到现场查看，正在处理',
    '已联系报事人了解情况',
    '已安排人员处理，预计今天完成',
    '需协调相关单位，处理中',
  ],
  resolve: ['已处理完毕，经现场核实恢复正常', '已与报事人沟通，问题已解决', '已清理完毕，现场整洁'],
}

/** By category group (the catalogue's `group`). */
export const GROUP_REPLIES: Record<string, Phrases> = {
  公共设施: {
    progress: ['配件已订购，到货后更换', '已报维保单位，等待上门维修'],
    resolve: ['已维修完毕，试用正常'],
  },
  环境卫生: {
    progress: ['已通知保洁人员清理'],
    resolve: ['已清运完毕，现场已恢复整洁'],
  },
  安全隐患: {
    progress: ['已设置警示标志，正在排除隐患'],
    resolve: ['隐患已排除，已告知居民注意安全'],
  },
  矛盾纠纷: {
    progress: ['已约双方面谈调解'],
    resolve: ['经调解双方达成一致，矛盾已化解'],
  },
  物业服务: {
    progress: ['已转物业客服跟进'],
    resolve: ['已与物业沟通，服务已改进'],
  },
}

/** By category code. */
export const CATEGORY_REPLIES: Record<string, Phrases> = {
  stairwell_light: {
    progress: ['已到现场，灯泡需更换，稍后处理'],
    resolve: ['已更换楼道灯泡，现已正常照明', '已维修声控开关，楼道灯恢复正常'],
  },
  elevator_fault: {
    progress: ['已通知电梯维保单位，维保人员在途'],
    resolve: ['电梯已修复，经维保单位检测运行正常'],
  },
  water_leak: {
    progress: ['已关闭阀门，正在查找漏点'],
    resolve: ['漏水管道已更换，不再漏水'],
  },
  clutter: {
    progress: ['已张贴清理通知，限期清理'],
    resolve: ['楼道堆物已清理，通道畅通'],
  },
  ebike_charging: {
    progress: ['已上门劝导，告知飞线充电危险'],
    resolve: ['飞线已拆除，已引导到集中充电点充电'],
  },
  noise: {
    progress: ['已上门提醒，对方表示会注意'],
    resolve: ['经劝导噪音已停止，已告知报事人'],
  },
  garbage_overflow: {
    resolve: ['垃圾已清运，已增加清运频次'],
  },
  fire_lane_blocked: {
    resolve: ['占用消防通道的车辆和杂物已移走，通道畅通'],
  },
}

/** The 常用语 for one sheet of an order of this category: its own first, no phrase twice. */
export function quickRepliesFor(sheet: QuickReplySheet, categoryCode: string, group?: string): string[] {
  const lists = [
    CATEGORY_REPLIES[categoryCode]?.[sheet] ?? [],
    (group ? GROUP_REPLIES[group]?.[sheet] : undefined) ?? [],
    GENERAL_REPLIES[sheet],
  ]
  return [...new Set(lists.flat())]
}
