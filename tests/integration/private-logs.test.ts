/**
 * No personal data in logs. A real failure inside PostgreSQL (a constraint refusing the new order)
 * carries the statement's parameters and the failing row, i.e. the whole order with the resident's
 * name, phone and words. The log must say where it failed (action, request id, code) and nothing
 * that identifies the resident.
 */

import { pgliteDriver } from '../../cloudfunctions/_platform/store/pglite'
import { createSqlStore } from '../../cloudfunctions/_platform/store/sql-store'
import { reportOf } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'

let host: TestHost
let db: { query(sql: string): Promise<unknown>; close(): Promise<void> }

beforeAll(async () => {
  const { PGlite } = await import('@electric-sql/pglite')
  db = await PGlite.create()
  const store = createSqlStore(pgliteDriver(db as never), { kind: 'pglite' })
  host = await startTestHost({ store })
}, 180_000)
afterAll(async () => host.close())

test('an INTERNAL failure with a resident’s order in the statement logs no name, phone or words', async () => {
  const token = await host.login('resident-a')
  const me = await host.ok('auth', 'me', {}, token)
  const phone = '13904730101'
  const name = '王秀兰'
  expect(JSON.stringify(me)).toContain(name)
  await db.query('ALTER TABLE workorders ADD CONSTRAINT refuse_new_orders CHECK (false) NOT VALID')

  const captured: string[] = []
  const spies = (['error', 'warn', 'log', 'info', 'debug'] as const).map((level) =>
    jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      captured.push(args.map((a) => (a instanceof Error ? `${a.stack} ${JSON.stringify(a)}` : String(a))).join(' '))
    }),
  )
  let res: Response
  try {
    res = await fetch(`${host.url}/api/report`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        action: 'submit',
        requestId: 'trace-private-logs-1',
        data: reportOf({ description: '博泰佳苑3号楼2单元501室 SECRETDESC 卫生间漏水' }),
      }),
    })
  } finally {
    for (const spy of spies) spy.mockRestore()
  }
  expect(res.status).toBe(500)
  expect(await res.json()).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })

  const log = captured.join('\n')
  // where and what, so the failure can be found
  expect(log).toContain('[report.submit] INTERNAL')
  expect(log).toContain('trace-private-logs-1')
  expect(log).toContain('refuse_new_orders')
  // nothing that identifies the resident
  for (const secret of [phone, name, 'SECRETDESC', '501室', 'reporterPhone', 'reporterName', 'Failing row'])
    expect(log).not.toContain(secret)
})
