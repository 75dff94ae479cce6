/**
 * 我的网格员 (report.contacts): a resident learns who looks after their grid and the public service
 * phones of grid, company and community, never a staff member's own number; staff are refused.
 */
import { PERSONA_USERS } from '../../cloudfunctions/_seed/street'
import { startTestHost, type TestHost } from '../support/test-host'

let host: TestHost
beforeAll(async () => {
  host = await startTestHost()
}, 120_000)
afterAll(async () => host.close())

const staffPhones = PERSONA_USERS.filter((u) => u.kind === 'staff').map((u) => u.phone as string)

test('a resident sees their grid workers by name and the service phones, and no staff member’s own number', async () => {
  const out = await host.ok('report', 'contacts', {}, await host.login('resident-a'))
  expect(out.grid).toMatchObject({ name: '北苑社区第一网格', workers: ['张伟'], phone: '0473-3310101' })
  expect(out.property).toMatchObject({ name: '博泰佳苑物业服务中心', phone: '0473-3100001' })
  expect(out.community.phone).toBe('0473-3310000')
  const text = JSON.stringify(out)
  for (const phone of staffPhones) expect(text).not.toContain(phone)
})

test('a resident of an estate without a property company gets no company line', async () => {
  const out = await host.ok('report', 'contacts', {}, await host.login('resident-c'))
  expect(out.property).toBeNull()
  expect(out.grid.workers.length).toBeGreaterThan(0)
})

test('staff are refused', async () => {
  expect((await host.call('report', 'contacts', {}, await host.login('grid-worker'))).status).toBe(403)
})
