/**
 * The demo street's routing rules (data, not code): one default per category, then a few estate
 * overrides. The most specific active rule wins (estate+category > estate > category > any), then the
 * highest priority. See cloudfunctions/_core/routing for how the resident's channel is honoured.
 */
import type { RoutingRule } from '../../types/catalog'
import { categories } from './categories'

/** Why each category goes where it goes, in the words shown to the resident. */
const CATEGORY_REASONS: Record<string, string> = {
  stairwell_light: '楼道灯属物业服务范围',
  elevator_fault: '电梯日常维保由物业服务企业负责',
  elevator_trapped: '电梯困人由物业服务企业立即组织救援',
  water_leak: '公共管道维修属物业服务范围',
  road_damage: '小区内路面修缮由社区统筹协调',
  manhole_cover: '井盖缺失属市政设施，由街道城管中队处置',
  garbage_overflow: '垃圾清运属物业服务范围',
  greening: '小区绿化养护属物业服务范围',
  clutter: '乱堆乱放由网格员巡查督促清理',
  pest_control: '病媒消杀属物业服务范围',
  street_vending: '占道经营由街道城管中队依法处置',
  gas_leak: '燃气泄漏由燃气公司抢修处置',
  ebike_charging: '私拉电线充电属消防安全隐患，由网格员上门劝导整改',
  fire_lane_blocked: '消防通道管理属物业服务范围',
  falling_object: '高空坠物隐患由街道应急管理办公室牵头处置',
  illegal_construction: '违章搭建由街道城管中队依法查处',
  neighbor_dispute: '邻里纠纷由网格员上门调解',
  noise: '噪音扰民由网格员上门劝导',
  property_dispute: '物业费纠纷由社区居委会组织协调',
  property_service: '对物业服务的投诉由社区监督处理',
}

const categoryDefaults: RoutingRule[] = categories.map((c) => ({
  id: `r-cat-${c.code}`,
  categoryCode: c.code,
  estateId: null,
  handler: c.defaultHandler,
  orgId: c.defaultHandler === 'department' ? (c.departmentId ?? null) : null,
  priority: 0,
  reason: CATEGORY_REASONS[c.code] ?? `${c.name}按类别默认分派`,
  active: true,
}))

const estateOverrides: RoutingRule[] = [
  {
    id: 'r-est-hexie-greening',
    categoryCode: 'greening',
    estateId: 'es-hexie',
    handler: 'community',
    orgId: null,
    priority: 10,
    reason: '和谐小区无物业服务企业，绿化由北苑社区统一养护',
    active: true,
  },
  {
    id: 'r-est-lanting-garbage',
    categoryCode: 'garbage_overflow',
    estateId: 'es-lanting',
    handler: 'community',
    orgId: null,
    priority: 10,
    reason: '兰亭老街无物业服务企业，垃圾清运由南湖社区统一安排',
    active: true,
  },
  {
    id: 'r-est-binjiang-parking',
    categoryCode: 'parking',
    estateId: 'es-binjiang',
    handler: 'community',
    orgId: null,
    priority: 10,
    reason: '滨江花园停车场改造期间，停车秩序由南湖社区统一协调',
    active: true,
  },
]

/** Catch-all: a category without its own rule goes to the community. */
const fallback: RoutingRule = {
  id: 'r-any',
  categoryCode: null,
  estateId: null,
  handler: 'community',
  orgId: null,
  priority: -100,
  reason: '该类事项暂无专门分派规则，由社区统一受理',
  active: true,
}

export const routingRules: RoutingRule[] = [...categoryDefaults, ...estateOverrides, fallback]
