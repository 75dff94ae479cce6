/**
 * Catalogue-driven: every action whose input has a free-text field (anything a person writes that
 * others read: descriptions, notes, reasons, comments, tags) sends that field to the content-check
 * port before the action runs. For each such field of each action the host lists, a blocked word in
 * that field alone is refused with the content check's reason; the same input with clean text is not.
 * An action that forgot to declare its `texts` fails here.
 */
import { startTestHost, type TestHost } from '../support/test-host'

interface JsonSchema {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  enum?: unknown[]
  const?: unknown
  pattern?: string
  format?: string
  minLength?: number
  minimum?: number
  anyOf?: JsonSchema[]
}
interface Entry {
  function: string
  action: string
  roles: string[] | 'anyone'
  runtimes: string[] | 'all'
  input: JsonSchema
}

/** Fields that name something rather than say something: ids, codes, cursors, persona keys. */
const IDENTIFIER = /^(id|cursor|persona|token|code|nonce)$|Id$|Code$/
/** Nested inputs a flat fill cannot build (its free text is checked by the flat walk all the same). */
const slot = { startsAt: '2026-12-05T09:00:00+08:00', endsAt: '2026-12-05T09:30:00+08:00', capacity: 6 }
const NESTED_INPUT: Record<string, Record<string, unknown>> = {
  'market.save': {
    date: '2026-12-05',
    opensAt: '2026-12-05T09:00:00+08:00',
    closesAt: '2026-12-05T11:30:00+08:00',
    bookingOpensAt: '2026-12-01T09:00:00+08:00',
    bookingClosesAt: '2026-12-05T08:00:00+08:00',
    walkInShare: 0.3,
    stalls: [{ name: '义剪', category: '理发', slots: [slot] }],
  },
  'market.reviewStall': { slots: [slot] },
  'rating.submitSurvey': { answers: { attitude: 4, repair: 4, hygiene: 4, safety: 4, fees: 4 } },
  'board.checklist': { scores: { contract: 20, facilities: 20, cooperation: 20, complaints: 20 } },
}

/** Words compared with stored data and never shown to anyone (a search box too): no content check needed. */
const COMPARED_ONLY = new Set(['certificate.verify:holderName', 'admin.places:q', 'admin.orgs:q'])
const BLOCKED_REASON = '内容包含不适宜发布的词语，请修改后再提交'
const BLOCKED = '楼下有人聚众赌博'

let host: TestHost
let entries: Entry[]
let personas: Array<{ key: string; roles: string[] }>

beforeAll(async () => {
  host = await startTestHost()
  const catalog = await (await fetch(`${host.url}/api/_catalog`)).json()
  entries = catalog.data.functions
    .flatMap((f: { actions: Entry[] }) => f.actions)
    .filter((e: Entry) => e.runtimes === 'all' || e.runtimes.includes('local'))
  personas = await host.ok('auth', 'personas')
}, 180_000) // a fresh host under a loaded machine
afterAll(async () => host.close())

const stringish = (s: JsonSchema | undefined): JsonSchema | undefined =>
  s?.anyOf ? s.anyOf.find((b) => b.type === 'string') : s?.type === 'string' ? s : undefined
const isFreeString = (s: JsonSchema | undefined) => {
  const str = stringish(s)
  return Boolean(str && !str.enum && str.const === undefined && !str.pattern && !str.format)
}

/** The free-text fields of an input schema, as 'text' or 'list' (an array of free strings). */
function freeTextFields(schema: JsonSchema): Array<{ name: string; list: boolean }> {
  return Object.entries(schema.properties ?? {})
    .filter(([name]) => !IDENTIFIER.test(name))
    .flatMap(([name, prop]): Array<{ name: string; list: boolean }> => {
      if (isFreeString(prop)) return [{ name, list: false }]
      if (prop.type === 'array' && isFreeString(prop.items)) return [{ name, list: true }]
      return []
    })
}

/** Formatted fields whose pattern (or check) a run of 'x' or a sentence does not fit. */
const PATTERNED: Record<string, string> = {
  categoryCode: 'stairwell_light',
  phone: '13900000000',
  typeCode: 'JZZM',
  idNumber: '11010519491231002X',
  residentSince: '2019-05',
  token: 'ABCDEFGHJK23',
  code: '123456',
  quarter: '2026-Q3',
}

/** A non-empty list where the schema asks for one: photos and materials are file ids (whose format is all zod checks). */
function requiredItems(prop: JsonSchema): unknown[] {
  if (!(prop as { minItems?: number }).minItems) return []
  const item = stringish(prop.items)
  return item?.pattern?.startsWith('^f_') ? ['f_0000000000000000'] : []
}

/** A schema-valid input: every field filled plainly (optional ones too), free text clean. */
function cleanInput(schema: JsonSchema): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    const str = stringish(prop)
    if (prop.enum) out[name] = prop.enum[0]
    else if (prop.type === 'integer' || prop.type === 'number') out[name] = prop.minimum ?? 1
    else if (prop.type === 'boolean') out[name] = false
    else if (prop.type === 'array') out[name] = isFreeString(prop.items) ? ['及时'] : requiredItems(prop)
    else if (str && PATTERNED[name]) out[name] = PATTERNED[name]
    else if (str?.pattern) out[name] = 'x'.repeat(str.minLength ?? 1)
    else if (str) out[name] = IDENTIFIER.test(name) ? `${name}-00000001` : '楼道灯不亮，晚上看不见'
  }
  return out
}

function tokenPersona(entry: Entry): string | null {
  if (entry.roles === 'anyone') return null
  return personas.find((p) => p.roles.some((r) => (entry.roles as string[]).includes(r)))?.key ?? null
}

test('every free-text field of every action is content-checked before the action runs', async () => {
  const checked: string[] = []
  for (const entry of entries) {
    const fields = freeTextFields(entry.input).filter(
      (f) => !COMPARED_ONLY.has(`${entry.function}.${entry.action}:${f.name}`),
    )
    if (fields.length === 0) continue
    const persona = tokenPersona(entry)
    const token = persona ? await host.login(persona) : undefined
    const clean = { ...cleanInput(entry.input), ...(NESTED_INPUT[`${entry.function}.${entry.action}`] ?? {}) }
    const control = await host.call(entry.function, entry.action, clean, token)
    const at = `${entry.function}.${entry.action}`
    // the clean input is valid and not refused by the content check (whatever the action then says)
    expect({ at, message: control.body.ok ? '' : control.body.error.message }).not.toEqual({
      at,
      message: expect.stringMatching(/^(填写的内容有误|内容包含不适宜)/),
    })
    for (const field of fields) {
      const dirty = { ...clean, [field.name]: field.list ? ['及时', BLOCKED.slice(-2)] : BLOCKED }
      const { status, body } = await host.call(entry.function, entry.action, dirty, token)
      expect({ at, field: field.name, status, error: body.ok ? null : body.error }).toEqual({
        at,
        field: field.name,
        status: 400,
        error: { code: 'INVALID_INPUT', message: BLOCKED_REASON },
      })
      checked.push(`${at}.${field.name}`)
    }
  }
  // the review's list (P1-6, O2) is all here, so the walk above cannot pass by finding nothing
  expect(checked).toEqual(
    expect.arrayContaining([
      'report.submit.description',
      'report.submit.where',
      'report.rate.comment',
      'report.rate.tags',
      'report.reopen.reason',
      'report.cancel.reason',
      'workorder.progress.note',
      'workorder.resolve.note',
      'workorder.transfer.reason',
      'workorder.return.reason',
      'workorder.reject.reason',
      'workorder.escalate.note',
      'workorder.patrol.description',
      'rating.submitSurvey.comment',
      'board.appeal.reason',
      'board.appeal.evidence',
      'board.decideAppeal.note',
      'board.veto.note',
      'board.checklist.note',
    ]),
  )
})

test('a blocked reason on a real order changes nothing: no timeline entry, no status change', async () => {
  const resident = await host.login('resident-a')
  const staff = await host.login('property-staff')
  const { reportOf } = await import('../support/report-helpers')
  const out = await host.ok('report', 'submit', reportOf(), resident)
  const before = await host.ok('workorder', 'detail', { id: out.id }, staff)
  const returned = await host.call('workorder', 'return', { id: out.id, reason: `不归我们管，${BLOCKED}` }, staff)
  expect(returned.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: BLOCKED_REASON } })
  const after = await host.ok('workorder', 'detail', { id: out.id }, staff)
  expect({ status: after.status, version: after.version, steps: after.timeline.length }).toEqual({
    status: before.status,
    version: before.version,
    steps: before.timeline.length,
  })
})
