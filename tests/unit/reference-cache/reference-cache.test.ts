/**
 * The reference cache stays bounded whatever keys clients make it read, and never keeps a miss:
 * a made-up building id costs a read each time instead of a cache entry forever.
 */

import type { Store } from '../../../cloudfunctions/_platform/store/port'
import { cachedRead, MAX_ENTRIES, referenceCacheSize } from '../../../cloudfunctions/_services/reference-cache'

const storeKey = () => ({}) as Store

test('a miss (null or undefined) is not kept; the next read loads again', async () => {
  const store = storeKey()
  let loads = 0
  for (const found of [null, undefined]) {
    for (let i = 0; i < 3; i++) {
      expect(
        await cachedRead(store, 'building:made-up', async () => {
          loads++
          return found
        }),
      ).toBe(found)
    }
  }
  expect(loads).toBe(6)
  expect(referenceCacheSize(store)).toBe(0)
})

test('a failed load is not kept either', async () => {
  const store = storeKey()
  await expect(cachedRead(store, 'k', () => Promise.reject(new Error('down')))).rejects.toThrow('down')
  expect(await cachedRead(store, 'k', async () => 'back')).toBe('back')
})

test('a hit is read once within its time to live', async () => {
  const store = storeKey()
  let loads = 0
  const load = async () => {
    loads++
    return { name: '博泰佳苑' }
  }
  const [a, b] = await Promise.all([cachedRead(store, 'estate', load), cachedRead(store, 'estate', load)])
  expect(await cachedRead(store, 'estate', load)).toBe(a)
  expect(b).toBe(a)
  expect(loads).toBe(1)
})

test(`at most ${MAX_ENTRIES} entries however many distinct keys are read`, async () => {
  const store = storeKey()
  for (let i = 0; i < MAX_ENTRIES * 3; i++) await cachedRead(store, `building:bd-${i}`, async () => ({ i }))
  expect(referenceCacheSize(store)).toBe(MAX_ENTRIES)
  // the most recent stay
  let loads = 0
  await cachedRead(store, `building:bd-${MAX_ENTRIES * 3 - 1}`, async () => {
    loads++
    return { i: -1 }
  })
  expect(loads).toBe(0)
})

test('another warm instance sees an edit within 30 s: a cached value is served for 30 s, then read again', async () => {
  jest.useFakeTimers({ now: new Date('2026-12-02T02:00:00Z') })
  try {
    const store = storeKey()
    let version = 1
    let loads = 0
    const read = () =>
      cachedRead(store, 'rules:st-haibei', async () => {
        loads++
        return { version }
      })
    expect(await read()).toEqual({ version: 1 })
    version = 2 // an admin's edit on another instance: this one's cache is not cleared
    jest.setSystemTime(new Date('2026-12-02T02:00:29Z'))
    expect(await read()).toEqual({ version: 1 })
    jest.setSystemTime(new Date('2026-12-02T02:00:31Z'))
    expect(await read()).toEqual({ version: 2 })
    expect(loads).toBe(2)
  } finally {
    jest.useRealTimers()
  }
})
