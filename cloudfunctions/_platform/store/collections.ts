/**
 * Collections and their declared (filterable, sortable, indexed) fields, declared once.
 * The SQL adapters turn each declaration into a table with a generated column and index per
 * field; the CloudBase adapter creates the collections and ships the index list
 * (see `cloudbaseIndexes()`) for the console or CLI.
 *
 * Times are stored as ISO-8601 UTC strings, so they sort as text.
 */
export type FieldType = 'string' | 'number' | 'boolean'

export interface CollectionDecl {
  name: string
  /** fields that may appear in `where` and `orderBy` */
  fields: Record<string, FieldType>
  /** composite indexes, each a list of declared fields; every field also gets a single index */
  indexes?: string[][]
  /**
   * false: no single-field index per declared field, only the composite ones. For write-heavy
   * collections whose every query is served by a composite index (each index costs every insert).
   */
  singleIndexes?: boolean
}

/**
 * A data migration step: every document of `collection` whose `field` equals `from` gets `to`
 * instead (a renamed value). Each adapter runs it the way its store can (SQL: one UPDATE; CloudBase:
 * a `where().update()`, which is idempotent, so a migration interrupted halfway completes on rerun).
 */
export interface FieldRewrite {
  collection: string
  field: string
  from: string
  to: string
}

/** A versioned migration: collections it creates, or extends with new fields and indexes, then data it rewrites. */
export interface Migration {
  id: string
  collections: CollectionDecl[]
  rewrites?: FieldRewrite[]
}

export const foundationCollections: CollectionDecl[] = [
  {
    name: 'users',
    fields: { kind: 'string', persona: 'string', openid: 'string', name: 'string' },
  },
  {
    name: 'places',
    fields: { kind: 'string', parentId: 'string', communityId: 'string', gridId: 'string', name: 'string' },
    indexes: [['kind', 'communityId']],
  },
  {
    name: 'orgs',
    fields: { kind: 'string', parentId: 'string', communityId: 'string', name: 'string' },
  },
  {
    name: 'categories',
    fields: { group: 'string', sort: 'number', active: 'boolean' },
  },
  {
    name: 'files',
    fields: { ownerId: 'string', createdAt: 'string', status: 'string' },
  },
  {
    name: 'outbox',
    fields: { toUserId: 'string', createdAt: 'string', channel: 'string' },
    indexes: [['toUserId', 'createdAt']],
  },
  {
    name: 'settings',
    fields: {},
  },
]

/** One-tap reporting: work orders, their timeline, followers (同问), routing rules, counters. */
export const workorderCollections: CollectionDecl[] = [
  {
    name: 'workorders',
    singleIndexes: false,
    fields: {
      number: 'string',
      status: 'string',
      statusGroup: 'string',
      source: 'string',
      reporterId: 'string',
      categoryCode: 'string',
      buildingId: 'string',
      estateId: 'string',
      gridId: 'string',
      communityId: 'string',
      handlerKind: 'string',
      handlerOrgId: 'string',
      handlerStaffId: 'string',
      acknowledgeBy: 'string',
      resolveBy: 'string',
      nextDeadline: 'string',
      createdAt: 'string',
      updatedAt: 'string',
      supervised: 'boolean',
    },
    indexes: [
      ['handlerOrgId', 'statusGroup', 'nextDeadline'],
      ['handlerStaffId', 'statusGroup', 'nextDeadline'],
      ['reporterId', 'createdAt'],
      ['buildingId', 'categoryCode', 'statusGroup'],
      ['communityId', 'statusGroup', 'nextDeadline'],
      ['statusGroup', 'nextDeadline'],
    ],
  },
  {
    name: 'workorder_events',
    singleIndexes: false,
    fields: { orderId: 'string', at: 'string', action: 'string' },
    indexes: [['orderId', 'at']],
  },
  {
    name: 'follows',
    fields: { userId: 'string', orderId: 'string', createdAt: 'string' },
    indexes: [['userId', 'createdAt']],
  },
  {
    name: 'routing_rules',
    fields: { categoryCode: 'string', estateId: 'string', active: 'boolean' },
  },
  {
    name: 'counters',
    fields: {},
  },
]

/** Rosters (who is staff of which org, on duty or not) and the department whistled in. */
export const rosterCollections: CollectionDecl[] = [
  {
    name: 'memberships',
    fields: { userId: 'string', orgId: 'string', role: 'string', onDuty: 'boolean' },
    indexes: [['orgId', 'role']],
  },
  {
    name: 'workorders',
    singleIndexes: false,
    fields: { whistleDeptId: 'string', requestKey: 'string', escalationLevel: 'number' },
    indexes: [
      ['whistleDeptId', 'statusGroup', 'nextDeadline'],
      ['handlerStaffId', 'updatedAt'],
      ['handlerOrgId', 'updatedAt'],
      ['communityId', 'updatedAt'],
    ],
  },
]

/** Households (住户) and their verification; single-use staff invites. */
export const accountCollections: CollectionDecl[] = [
  {
    name: 'households',
    singleIndexes: false,
    fields: {
      userId: 'string',
      streetId: 'string',
      communityId: 'string',
      gridId: 'string',
      buildingId: 'string',
      roomKey: 'string',
      status: 'string',
      createdAt: 'string',
    },
    indexes: [
      ['userId', 'createdAt'],
      ['gridId', 'status', 'createdAt'],
      ['communityId', 'status', 'createdAt'],
      ['streetId', 'status', 'createdAt'],
      ['roomKey', 'status'],
    ],
  },
  {
    name: 'invites',
    fields: { orgId: 'string', status: 'string', createdAt: 'string' },
  },
]

/** 民生集市: markets (stalls inside), slots with their seat counters, bookings, waiting lists. */
export const marketCollections: CollectionDecl[] = [
  {
    name: 'markets',
    fields: { streetId: 'string', communityId: 'string', status: 'string', opensAt: 'string' },
    singleIndexes: false,
    indexes: [
      ['communityId', 'status', 'opensAt'],
      ['streetId', 'status', 'opensAt'],
      ['status', 'opensAt'],
    ],
  },
  {
    name: 'market_slots',
    fields: { marketId: 'string', startsAt: 'string' },
    singleIndexes: false,
    indexes: [['marketId', 'startsAt']],
  },
  {
    name: 'market_bookings',
    singleIndexes: false,
    fields: {
      slotId: 'string',
      marketId: 'string',
      residentId: 'string',
      status: 'string',
      startsAt: 'string',
      endsAt: 'string',
      offerExpiresAt: 'string',
      remindAt: 'string',
    },
    indexes: [
      ['residentId', 'startsAt'],
      ['slotId', 'status'],
      ['marketId', 'status'],
      ['status', 'endsAt'],
      ['status', 'offerExpiresAt'],
      ['status', 'remindAt'],
    ],
  },
  {
    name: 'market_waits',
    singleIndexes: false,
    fields: {
      slotId: 'string',
      marketId: 'string',
      residentId: 'string',
      status: 'string',
      rank: 'string',
      startsAt: 'string',
    },
    indexes: [
      ['slotId', 'status', 'rank'],
      ['residentId', 'status'],
      ['marketId', 'status'],
      ['status', 'startsAt'],
    ],
  },
  { name: 'market_quota', fields: {} },
  { name: 'market_standings', fields: {} },
  { name: 'market_walkins', fields: { marketId: 'string', slotId: 'string' }, indexes: [] },
  {
    name: 'market_stall_apps',
    fields: { marketId: 'string', status: 'string', createdAt: 'string' },
    singleIndexes: false,
    indexes: [['marketId', 'status', 'createdAt']],
  },
]

/** Online certificates: the catalogue, requests (their timeline inside), issued certificates, the seal ledger. */
export const certificateCollections: CollectionDecl[] = [
  {
    name: 'certificate_types',
    fields: { jurisdictionId: 'string', code: 'string', active: 'boolean' },
  },
  {
    name: 'certificate_requests',
    singleIndexes: false,
    fields: {
      applicantId: 'string',
      proxyId: 'string',
      streetId: 'string',
      communityId: 'string',
      typeCode: 'string',
      status: 'string',
      statusGroup: 'string',
      nextDeadline: 'string',
      escalationLevel: 'number',
      createdAt: 'string',
      updatedAt: 'string',
    },
    indexes: [
      ['applicantId', 'createdAt'],
      ['applicantId', 'typeCode', 'statusGroup'],
      ['proxyId', 'createdAt'],
      ['communityId', 'statusGroup', 'nextDeadline'],
      ['communityId', 'status', 'updatedAt'],
      ['streetId', 'status', 'updatedAt'],
      ['statusGroup', 'nextDeadline'],
    ],
  },
  {
    name: 'certificates',
    singleIndexes: false,
    fields: { holderId: 'string', typeCode: 'string', purpose: 'string', status: 'string', issuedAt: 'string' },
    indexes: [['holderId', 'typeCode', 'purpose', 'status']],
  },
  {
    name: 'seal_ledger',
    singleIndexes: false,
    fields: { issuerCode: 'string', at: 'string' },
    indexes: [['issuerCode', 'at']],
  },
]

/**
 * 督办考核: each order's KPI facts (order-level and its open clock) as declared fields of the order,
 * and `kpi_facts`, one row per ended clock (_core/kpis/rows.ts). Counted by street and period.
 */
const CLOCK_FIELDS = {
  kOrg: 'string',
  kDispatchAt: 'string',
  kReturned: 'boolean',
  kAckAt: 'string',
  kAckOk: 'boolean',
  kResolveAt: 'string',
  kResolveOk: 'boolean',
} as const satisfies Record<string, FieldType>

export const supervisionCollections: CollectionDecl[] = [
  {
    name: 'workorders',
    singleIndexes: false,
    fields: {
      ...CLOCK_FIELDS,
      kCreatedOrg: 'string',
      kRepeat: 'boolean',
      kCloseAt: 'string',
      kCloseOrg: 'string',
      kRated: 'boolean',
      kReopened: 'boolean',
      kRateAt: 'string',
      kRateOrg: 'string',
      kSatisfied: 'boolean',
      kResolvedKnown: 'boolean',
      kResolvedYes: 'boolean',
      kProblem: 'boolean',
    },
    indexes: [
      ['streetId', 'createdAt'],
      ['streetId', 'kAckAt'],
      ['streetId', 'kResolveAt'],
      ['streetId', 'kCloseAt'],
      ['streetId', 'kRateAt'],
      ['streetId', 'kDispatchAt'],
      ['streetId', 'kProblem'],
    ],
  },
  {
    name: 'kpi_facts',
    singleIndexes: false,
    fields: { orderId: 'string', streetId: 'string', communityId: 'string', gridId: 'string', ...CLOCK_FIELDS },
    indexes: [['streetId', 'kAckAt'], ['streetId', 'kResolveAt'], ['streetId', 'kDispatchAt'], ['orderId']],
  },
]

/** Every migration, oldest first. Append only: an applied id is never edited. */
export const migrations: Migration[] = [
  { id: '0001_foundation', collections: foundationCollections },
  { id: '0002_workorders', collections: workorderCollections },
  { id: '0003_rosters', collections: rosterCollections },
  {
    id: '0004_media_check',
    collections: [{ name: 'files', fields: { traceId: 'string' } }],
  },
  {
    // an order held for its photo check was 'submitted'; it is 'held' (审核中)
    id: '0005_held_status',
    collections: [],
    rewrites: [
      { collection: 'workorders', field: 'status', from: 'submitted', to: 'held' },
      { collection: 'workorder_events', field: 'fromStatus', from: 'submitted', to: 'held' },
      { collection: 'workorder_events', field: 'toStatus', from: 'submitted', to: 'held' },
    ],
  },
  { id: '0006_accounts', collections: accountCollections },
  {
    // orders carry their street (one deployment serves several); older orders get it from the sweep's backfill
    id: '0007_order_street',
    collections: [
      {
        name: 'workorders',
        singleIndexes: false,
        fields: { streetId: 'string' },
        indexes: [
          ['streetId', 'statusGroup', 'nextDeadline'],
          ['streetId', 'updatedAt'],
        ],
      },
    ],
  },
  {
    // self-hosted sign-in: password and WeChat credentials, apart from the user documents
    id: '0008_signin_logins',
    collections: [{ name: 'logins', fields: { userId: 'string', kind: 'string' } }],
  },
  {
    // the inbox's history filters (全部 newest first, 已办结) read an index instead of sorting the scope
    id: '0013_inbox_history_indexes',
    collections: [
      {
        name: 'workorders',
        fields: {},
        indexes: [
          ['handlerStaffId', 'updatedAt'],
          ['handlerStaffId', 'statusGroup', 'updatedAt'],
          ['handlerOrgId', 'updatedAt'],
          ['handlerOrgId', 'statusGroup', 'updatedAt'],
          ['communityId', 'updatedAt'],
          ['communityId', 'statusGroup', 'updatedAt'],
        ],
      },
    ],
  },
  { id: '0010_certificates', collections: certificateCollections },
  {
    // street administration: the append-only audit trail of every admin edit
    id: '0015_admin_audit',
    collections: [
      {
        name: 'audit_log',
        fields: { at: 'string', streetId: 'string', action: 'string', actorId: 'string' },
        indexes: [
          ['streetId', 'at'],
          ['streetId', 'action', 'at'],
        ],
      },
    ],
  },
  {
    // a community's house roster (房屋/人口底册): what verifies a binding at once
    id: '0009_accounts_more',
    collections: [{ name: 'roster_entries', fields: { communityId: 'string', roomKey: 'string' } }],
  },
  { id: '0011_market', collections: marketCollections },
  {
    // street administration of places: an estate's buildings and bindings, when it changes grid
    id: '0020_places_admin',
    collections: [
      { name: 'places', fields: { estateId: 'string' }, indexes: [['kind', 'estateId']] },
      { name: 'households', fields: { estateId: 'string' }, indexes: [['estateId']] },
    ],
  },
  { id: '0017_supervision', collections: supervisionCollections },
  {
    // the staff desk: 我上报的 (a grid worker's patrol reports) and an admin's 待办 (returned orders to re-dispatch)
    id: '0018_staff_desk',
    collections: [
      {
        name: 'workorders',
        fields: {},
        indexes: [
          ['reporterId', 'source', 'createdAt'],
          ['communityId', 'status'],
          ['streetId', 'status'],
        ],
      },
    ],
  },
  {
    // 物业红黑榜: quarterly survey responses, the boards, appeals, vetoes, checklists and the tasks they set
    id: '0021_board',
    collections: [
      {
        name: 'survey_responses',
        fields: {
          streetId: 'string',
          quarter: 'string',
          companyId: 'string',
          status: 'string',
          satisfied: 'boolean',
          submittedAt: 'string',
        },
        indexes: [
          ['streetId', 'quarter', 'status'],
          ['companyId', 'quarter', 'submittedAt'],
        ],
      },
      { name: 'boards', fields: { streetId: 'string', quarter: 'string', stage: 'string' } },
      {
        name: 'board_appeals',
        fields: { streetId: 'string', quarter: 'string', companyId: 'string', status: 'string' },
      },
      { name: 'board_vetoes', fields: { streetId: 'string', quarter: 'string', companyId: 'string' } },
      { name: 'board_checklists', fields: { streetId: 'string', quarter: 'string', companyId: 'string' } },
      {
        name: 'board_tasks',
        fields: { streetId: 'string', quarter: 'string', communityId: 'string', companyId: 'string' },
      },
    ],
  },
]

/** All collections as declared after every migration (later declarations extend earlier ones). */
export function declaredCollections(list: Migration[] = migrations): Map<string, CollectionDecl> {
  const out = new Map<string, CollectionDecl>()
  for (const m of list) {
    for (const decl of m.collections) {
      const prev = out.get(decl.name)
      out.set(decl.name, {
        name: decl.name,
        singleIndexes: decl.singleIndexes ?? prev?.singleIndexes,
        fields: { ...(prev?.fields ?? {}), ...decl.fields },
        indexes: [...(prev?.indexes ?? []), ...(decl.indexes ?? [])],
      })
    }
  }
  return out
}

/** The index list for the CloudBase console / CLI. */
export function cloudbaseIndexes(list: Migration[] = migrations) {
  return [...declaredCollections(list).values()].map((c) => ({
    collection: c.name,
    indexes: [
      ...(c.singleIndexes === false ? [] : Object.keys(c.fields)).map((f) => ({
        name: `idx_${f}`,
        keys: [{ name: f, direction: '1' }],
      })),
      ...(c.indexes ?? []).map((keys) => ({
        name: `idx_${keys.join('_')}`,
        keys: keys.map((k) => ({ name: k, direction: '1' })),
      })),
    ],
  }))
}
