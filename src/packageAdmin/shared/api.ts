/** `admin.<action>` through the one envelope (src/api). */
import { call } from '../../api'

export const admin = <T>(action: string, data: object = {}) => call<T>('admin', action, data)

/** the pages of the street office, as the dashboard links them */
export const ADMIN_PAGES = [
  { key: 'categories', title: '报事类别', note: '名称、时限、紧急提示', url: '/packageAdmin/pages/categories/index' },
  { key: 'rules', title: '分派规则', note: '谁来处理，先试一下', url: '/packageAdmin/pages/rules/index' },
  { key: 'places', title: '地址库', note: '社区、网格、小区、楼栋', url: '/packageAdmin/pages/places/index' },
  { key: 'orgs', title: '物业与部门', note: '联系人、值班表', url: '/packageAdmin/pages/orgs/index' },
  { key: 'settings', title: '街道设置', note: '办公时间、限额、屏蔽词', url: '/packageAdmin/pages/settings/index' },
  { key: 'holidays', title: '放假安排', note: '节假日与调休', url: '/packageAdmin/pages/holidays/index' },
  { key: 'boardSettings', title: '红黑榜评分', note: '权重与样本', url: '/packageAdmin/pages/board-settings/index' },
  { key: 'audit', title: '审计日志', note: '谁在何时改了什么', url: '/packageAdmin/pages/audit/index' },
  { key: 'staff', title: '工作人员', note: '名单、移除', url: '/packageAdmin/pages/staff/index' },
  { key: 'invites', title: '邀请工作人员', note: '一次性邀请码', url: '/packageAdmin/pages/invites/index' },
  { key: 'roster', title: '房屋底册', note: '导入住户底册，自动核实', url: '/packageAdmin/pages/roster/index' },
] as const
