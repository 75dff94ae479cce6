/**
 * A second, differently named street beside the demo street: 河西街道 with its own community, grids,
 * estates (one without a property company), property company, department, categories and rules,
 * staff, residents and settings (prefix HX, office hours 09:00–18:00, a quick escalation ladder).
 * Every name here is made up. Nothing in the product may know these ids.
 */
import type { Store, StoredDoc } from '../../cloudfunctions/_platform/store/port'
import { membershipsOf } from '../../cloudfunctions/_seed/seed'
import type { Category, RoutingRule } from '../../types/catalog'
import type { User } from '../../types/identity'

export const HX = {
  street: 'st-hexi',
  community: 'cm-liushu',
  grid: 'gd-liushu-1',
  grid2: 'gd-liushu-2',
  estate: 'es-liushu',
  bareEstate: 'es-qingshi',
  company: 'pc-liushu',
  department: 'dp-hexi-water',
  building: 'bd-liushu-2',
  bareBuilding: 'bd-qingshi-1',
} as const

export const HX_SETTINGS = {
  _id: `workflow:${HX.street}`,
  orderPrefix: 'HX',
  officeHours: { start: '09:00', end: '18:00' },
  escalationGraceHours: [1, 2, 3],
  whistleReportHours: 2,
  reportsPerHour: 5,
}

export const HX_CATEGORIES: Category[] = [
  {
    code: 'hx_railing',
    name: '河堤栏杆松动',
    group: '公共设施',
    defaultHandler: 'property',
    urgent: false,
    acknowledgeHours: 1,
    resolveHours: 4,
    afterPhotoRequired: true,
    icon: '🚧',
    sort: 900,
    active: true,
  },
  {
    code: 'hx_river_litter',
    name: '河道漂浮垃圾',
    group: '环境卫生',
    defaultHandler: 'community',
    urgent: false,
    acknowledgeHours: 1,
    resolveHours: 8,
    afterPhotoRequired: false,
    icon: '🌊',
    sort: 901,
    active: true,
  },
  {
    code: 'hx_pump',
    name: '排涝泵站故障',
    group: '安全隐患',
    defaultHandler: 'department',
    departmentId: HX.department,
    urgent: false,
    acknowledgeHours: 1,
    resolveHours: 8,
    afterPhotoRequired: false,
    icon: '⚙️',
    sort: 902,
    active: true,
  },
]

export const HX_RULES: RoutingRule[] = [
  {
    id: 'r-hx-railing',
    categoryCode: 'hx_railing',
    estateId: null,
    handler: 'property',
    orgId: null,
    priority: 0,
    reason: '河堤栏杆属小区共用设施，由物业维修',
    active: true,
  },
  {
    id: 'r-hx-river',
    categoryCode: 'hx_river_litter',
    estateId: null,
    handler: 'community',
    orgId: null,
    priority: 0,
    reason: '河道保洁由社区统筹',
    active: true,
  },
  {
    id: 'r-hx-pump',
    categoryCode: 'hx_pump',
    estateId: null,
    handler: 'department',
    orgId: HX.department,
    priority: 0,
    reason: '排涝泵站由街道水务站负责',
    active: true,
  },
]

const staff = (persona: string, name: string, role: User['scopes'][number]['role'], orgId: string, phone: string) => ({
  _id: `u-${persona}`,
  persona,
  kind: 'staff' as const,
  name,
  title: name,
  phone,
  scopes: [{ role, orgId }],
})

export const HX_USERS: User[] = [
  staff('hx-grid-worker', '钟网格', 'grid_worker', HX.grid, '13900001001'),
  staff('hx-grid-worker-2', '邱网格', 'grid_worker', HX.grid2, '13900001002'),
  staff('hx-grid-leader', '范组长', 'grid_leader', HX.community, '13900001003'),
  staff('hx-property-staff', '彭师傅', 'property_staff', HX.company, '13900001004'),
  staff('hx-property-manager', '蔡经理', 'property_manager', HX.company, '13900001005'),
  staff('hx-community-admin', '董主任', 'community_admin', HX.community, '13900001006'),
  staff('hx-street-admin', '薛科长', 'street_admin', HX.street, '13900001007'),
  staff('hx-dept-officer', '潘工', 'department_officer', HX.department, '13900001008'),
  {
    _id: 'u-hx-resident',
    persona: 'hx-resident',
    kind: 'resident',
    name: '江阿姨',
    phone: '13900002001',
    scopes: [],
    address: {
      streetId: HX.street,
      communityId: HX.community,
      gridId: HX.grid,
      estateId: HX.estate,
      buildingId: HX.building,
      unit: '1',
      room: '301',
      label: '柳树湾 2号楼 1单元 301',
    },
  },
  {
    _id: 'u-hx-resident-2',
    persona: 'hx-resident-2',
    kind: 'resident',
    name: '汤先生',
    phone: '13900002002',
    scopes: [],
    address: {
      streetId: HX.street,
      communityId: HX.community,
      gridId: HX.grid2,
      estateId: HX.bareEstate,
      buildingId: HX.bareBuilding,
      unit: '1',
      room: '101',
      label: '青石巷 1号楼 1单元 101',
    },
  },
]

/** Writes 河西街道 through the store port, beside whatever is there (the demo street). */
export async function seedSecondStreet(store: Store): Promise<void> {
  const docs: Record<string, Array<Omit<StoredDoc, '_v'>>> = {
    places: [
      { _id: HX.street, kind: 'street', name: '河西街道', parentId: '', communityId: '', gridId: '' },
      {
        _id: HX.community,
        kind: 'community',
        name: '柳树社区',
        parentId: HX.street,
        communityId: HX.community,
        gridId: '',
      },
      {
        _id: HX.grid,
        kind: 'grid',
        name: '柳树社区第一网格',
        parentId: HX.community,
        communityId: HX.community,
        gridId: HX.grid,
      },
      {
        _id: HX.grid2,
        kind: 'grid',
        name: '柳树社区第二网格',
        parentId: HX.community,
        communityId: HX.community,
        gridId: HX.grid2,
      },
      {
        _id: HX.estate,
        kind: 'estate',
        name: '柳树湾',
        parentId: HX.grid,
        gridId: HX.grid,
        communityId: HX.community,
        streetId: HX.street,
        propertyCompanyId: HX.company,
      },
      {
        // no streetId on this estate: the street comes from its community's parent
        _id: HX.bareEstate,
        kind: 'estate',
        name: '青石巷',
        parentId: HX.grid2,
        gridId: HX.grid2,
        communityId: HX.community,
        propertyCompanyId: null,
      },
      ...[1, 2, 3].map((n) => ({
        _id: `bd-liushu-${n}`,
        kind: 'building',
        name: `${n}号楼`,
        parentId: HX.estate,
        estateId: HX.estate,
        gridId: HX.grid,
        communityId: HX.community,
      })),
      {
        _id: HX.bareBuilding,
        kind: 'building',
        name: '1号楼',
        parentId: HX.bareEstate,
        estateId: HX.bareEstate,
        gridId: HX.grid2,
        communityId: HX.community,
      },
    ],
    orgs: [
      { _id: HX.street, kind: 'street', name: '河西街道', parentId: '', communityId: '' },
      { _id: HX.community, kind: 'community', name: '柳树社区', parentId: HX.street, communityId: HX.community },
      { _id: HX.grid, kind: 'grid', name: '柳树社区第一网格', parentId: HX.community, communityId: HX.community },
      { _id: HX.grid2, kind: 'grid', name: '柳树社区第二网格', parentId: HX.community, communityId: HX.community },
      { _id: HX.company, kind: 'property', name: '柳树湾物业服务处', parentId: HX.street, communityId: '' },
      { _id: HX.department, kind: 'department', name: '河西街道水务站', parentId: HX.street, communityId: '' },
    ],
    categories: HX_CATEGORIES.map((c) => ({ _id: c.code, ...c })),
    routing_rules: HX_RULES.map((r) => ({ _id: r.id, ...r })),
    users: HX_USERS,
    memberships: membershipsOf(HX_USERS),
    settings: [HX_SETTINGS],
  }
  for (const [name, list] of Object.entries(docs)) {
    for (const doc of list) await store.collection(name).insert(doc as Omit<StoredDoc, '_v'>)
  }
}
