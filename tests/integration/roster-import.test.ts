/**
 * 导入房屋底册 through the host: a community admin's .xlsx, judged row by row; matching pending
 * bindings verified at once (only with the phone WeChat confirmed for the person); the same file
 * twice changes nothing; a failure halfway leaves nothing.
 */
import type { Store, Tx } from '../../cloudfunctions/_platform/store/port'
import { consentNow, newResident } from '../support/accounts'
import { pngOf } from '../support/images'
import { newRequestId } from '../support/report-helpers'
import { rosterXlsx, upload, uploadRoster } from '../support/roster-file'
import { startTestHost, type TestHost } from '../support/test-host'

/** fails the next roster transaction when it verifies a binding (after its entries were written) */
let failVerifyInTx = false

function failingStore(inner: Store): Store {
  return {
    get kind() {
      return inner.kind
    },
    collection: (name) => inner.collection(name),
    migrate: () => inner.migrate(),
    close: () => inner.close(),
    transaction: (fn) =>
      inner.transaction((tx) =>
        fn({
          collection: (name: string) => {
            const c = tx.collection(name)
            if (name !== 'households') return c
            return {
              ...c,
              get: (id: string) => c.get(id),
              insert: (doc: never) => c.insert(doc),
              increment: c.increment.bind(c),
              remove: (id: string) => c.remove(id),
              patch: async (id: string, changes: never, options?: { expectedVersion?: number }) => {
                if (failVerifyInTx) throw new Error('injected: the store went away halfway')
                return c.patch(id, changes, options)
              },
            }
          },
        } as Tx),
      ),
  }
}

let host: TestHost
let admin: string
beforeAll(async () => {
  host = await startTestHost({ wrapStore: failingStore })
  admin = await host.login('community-admin') // 周敏, 北苑社区
})
afterAll(async () => host.close())

/** A resident who binds a house; `confirmed`: the phone came from WeChat's button (household.phoneFromWechat). */
async function residentBinding(over: Record<string, unknown>, confirmed = true) {
  const r = await newResident(host)
  await consentNow(host, r.token)
  // what household.phoneFromWechat records (tests/integration/wechat-phone.test.ts goes through WeChat)
  if (confirmed) await host.platform.store.collection('users').patch(r.id, { wechatPhone: over.phone })
  const h = await host.ok(
    'household',
    'bind',
    { requestId: newRequestId(), unit: '1单元', relation: 'owner', ...over },
    r.token,
  )
  return { ...r, householdId: h.id as string, status: h.status as string }
}

const entriesCount = () => host.platform.store.collection('roster_entries').count()
const householdOf = (id: string) => host.platform.store.collection('households').get(id)

test('a resident cannot upload a spreadsheet; an admin cannot import a photo or a file without the columns', async () => {
  const resident = await host.login('resident-a')
  const bytes = await rosterXlsx([['博泰佳苑2号楼', '1单元', '101', '某人', '13900000000']])
  const refused = await upload(host, resident, bytes)
  expect(refused.status).toBe(400)
  expect(refused.body.error.message).toMatch(/图片/)

  const png = await upload(host, admin, new Uint8Array(pngOf(8, 8)), 'image/png')
  const notSheet = await host.call('household', 'importRoster', { fileId: png.body.data.fileId }, admin)
  expect(notSheet.status).toBe(400)
  expect(!notSheet.body.ok && notSheet.body.error.message).toMatch(/xlsx/)

  const noColumns = await uploadRoster(host, admin, [['博泰佳苑', '2号楼', '101']], ['小区', '楼', '房间'])
  const bad = await host.call('household', 'importRoster', { fileId: noColumns }, admin)
  expect(bad.status).toBe(400)
  expect(!bad.body.ok && bad.body.error.message).toMatch(/楼栋、单元、房号、姓名、手机号/)
})

test('rows judged one by one: bad rows refused with their reasons, good rows taken, matching bindings verified', async () => {
  const match = await residentBinding({ buildingId: 'bd-botai-2', room: '701', name: '钱多多', phone: '13911110001' })
  const otherPhone = await residentBinding({
    buildingId: 'bd-botai-2',
    room: '701',
    name: '钱多多',
    phone: '13911119999',
  })
  // knows the name and phone, but the phone was typed, not confirmed by WeChat: the grid worker decides
  const typed = await residentBinding(
    { buildingId: 'bd-botai-2', room: '701', name: '钱多多', phone: '13911110001' },
    false,
  )
  expect([match.status, otherPhone.status, typed.status]).toEqual(['pending', 'pending', 'pending'])
  const before = await entriesCount()

  const fileId = await uploadRoster(host, admin, [
    ['博泰佳苑2号楼', '1单元', 701, '钱多多', 13911110001], // 2: taken, verifies `match`
    ['博泰佳苑 2号楼', '1', '702', '孙小小', '139 1111 0002'], // 3: taken (unit and spaces tolerated)
    ['1号楼', '1单元', '101', '赵一', '13911110003'], // 4: 1号楼 of three estates
    ['南湖新村1号楼', '1单元', '101', '钱二', '13911110004'], // 5: another community's
    ['博泰佳苑2号楼', '9单元', '101', '孙三', '13911110005'], // 6: no such unit
    ['博泰佳苑2号楼', '1单元', '703', '李四', '1391111'], // 7: bad phone
    ['博泰佳苑2号楼', '1单元', '704', '', '13911110007'], // 8: no name
    [], // 9: blank, skipped
    ['博泰佳苑2号楼', '1单元', 701, '钱多多', '13911110001'], // 10: repeats row 2
    ['和谐小区3号楼', '2单元', '301', '周五', '13911110010'], // 11: taken
  ])
  const report = await host.ok('household', 'importRoster', { fileId }, admin)
  expect(report).toMatchObject({ taken: 3, refused: 6, unchanged: 0, verified: 1 })
  const byRow = Object.fromEntries(report.rows.map((r: { row: number }) => [r.row, r]))
  expect(Object.keys(byRow).map(Number)).toEqual([2, 3, 4, 5, 6, 7, 8, 10, 11])
  expect(byRow[2]).toEqual({ row: 2, status: 'taken' })
  expect(byRow[3]).toEqual({ row: 3, status: 'taken' })
  expect(byRow[11]).toEqual({ row: 11, status: 'taken' })
  expect(byRow[4]).toMatchObject({ status: 'refused', reason: expect.stringMatching(/有多处.*请写明小区/) })
  expect(byRow[5]).toMatchObject({ status: 'refused', reason: expect.stringMatching(/本社区没有/) })
  expect(byRow[6]).toMatchObject({ status: 'refused', reason: expect.stringMatching(/没有“9单元”/) })
  expect(byRow[7]).toMatchObject({ status: 'refused', reason: expect.stringMatching(/手机号/) })
  expect(byRow[8]).toMatchObject({ status: 'refused', reason: expect.stringMatching(/缺少姓名/) })
  expect(byRow[10]).toMatchObject({ status: 'refused', reason: '与第2行重复' })
  expect(await entriesCount()).toBe(before + 3)

  // the matching binding is verified by the roster; the one with another phone is not
  expect(await householdOf(match.householdId)).toMatchObject({ status: 'verified', verifiedVia: 'roster' })
  expect(await householdOf(otherPhone.householdId)).toMatchObject({ status: 'pending', verifiedVia: null })
  expect(await householdOf(typed.householdId)).toMatchObject({ status: 'pending', verifiedVia: null })
  const mine = await host.ok('household', 'mine', {}, match.token)
  expect(mine.items[0]).toMatchObject({ status: 'verified', current: true })
  // the report names rows, never people
  expect(JSON.stringify(report)).not.toMatch(/钱多多|1391111/)

  // a new binding that matches a row is verified at once
  const later = await residentBinding({ buildingId: 'bd-botai-2', room: '702', name: '孙小小', phone: '13911110002' })
  expect(later.status).toBe('verified')
  expect(await householdOf(later.householdId)).toMatchObject({ verifiedVia: 'roster' })
  const laterTyped = await residentBinding(
    { buildingId: 'bd-botai-2', room: '702', name: '孙小小', phone: '13911110002' },
    false,
  )
  expect(laterTyped.status).toBe('pending')

  // the same file again changes nothing
  const households = await host.platform.store.collection('households').find({ limit: 1000 })
  const again = await host.ok('household', 'importRoster', { fileId }, admin)
  expect(again).toMatchObject({ taken: 0, refused: 6, unchanged: 3, verified: 0 })
  expect(
    again.rows.filter((r: { status: string }) => r.status === 'unchanged').map((r: { row: number }) => r.row),
  ).toEqual([2, 3, 11])
  expect(await entriesCount()).toBe(before + 3)
  const after = await host.platform.store.collection('households').find({ limit: 1000 })
  expect(after.items.map((h) => [h._id, h._v])).toEqual(households.items.map((h) => [h._id, h._v]))
})

test('a half-failed import leaves no roster rows and no verified bindings; a retry then completes', async () => {
  const b = await residentBinding({ buildingId: 'bd-jinyu-3', room: '301', name: '吴六', phone: '13911110020' })
  const before = await entriesCount()
  const fileId = await uploadRoster(host, admin, [
    ['金域华府3号楼', '1单元', '301', '吴六', '13911110020'],
    ['金域华府3号楼', '1单元', '302', '郑七', '13911110021'],
  ])
  failVerifyInTx = true
  const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined)
  try {
    const failed = await host.call('household', 'importRoster', { fileId }, admin)
    expect(failed.status).toBe(500)
    expect(logged).toHaveBeenCalled()
  } finally {
    failVerifyInTx = false
    logged.mockRestore()
  }
  expect(await entriesCount()).toBe(before)
  expect(await householdOf(b.householdId)).toMatchObject({ status: 'pending' })
  expect((await host.platform.store.collection('users').get(b.id))?.householdVerified).not.toBe(true)

  const retried = await host.ok('household', 'importRoster', { fileId }, admin)
  expect(retried).toMatchObject({ taken: 2, refused: 0, verified: 1 })
  expect(await householdOf(b.householdId)).toMatchObject({ status: 'verified', verifiedVia: 'roster' })
  expect((await host.platform.store.collection('users').get(b.id))?.householdVerified).toBe(true)
})

test('only the uploader imports a file; only a community admin imports at all', async () => {
  const other = await host.platform.files.put(
    await rosterXlsx([['博泰佳苑2号楼', '1单元', '801', '王八', '13911110030']]),
    {
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ownerId: 'u-street-admin',
    },
  )
  const notMine = await host.call('household', 'importRoster', { fileId: other.fileId }, admin)
  expect(notMine.status).toBe(404)
  for (const persona of ['grid-worker', 'street-admin', 'resident-a']) {
    const refused = await host.call('household', 'importRoster', { fileId: other.fileId }, await host.login(persona))
    expect({ persona, status: refused.status }).toEqual({ persona, status: 403 })
  }
  const badId = await host.call('household', 'importRoster', { fileId: '../etc/passwd' }, admin)
  expect(badId.status).toBe(400)
  expect(!badId.body.ok && badId.body.error.message).toMatch(/文件编号/)
})
