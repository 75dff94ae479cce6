/**
 * What each deployable bundle carries (globalSetup bundled them into dist/cloudfunctions): a
 * function's index.js holds no runtime's adapters, so a CloudBase cold start never loads the SQL
 * drivers or the local token code, and the local host (which injects its platform) loads neither
 * runtime file.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { deployableFunctions } from '../../cloudfunctions/_host/bundle'
import { ROOT } from '../support/test-host'

const dist = path.join(ROOT, 'dist', 'cloudfunctions')
const read = (fn: string, file: string) => readFileSync(path.join(dist, fn, file), 'utf8')
const functions = deployableFunctions(path.join(ROOT, 'cloudfunctions'))

test('every deployable function is bundled with both runtime files beside it', () => {
  expect(functions.length).toBeGreaterThan(0)
  for (const fn of functions) {
    expect(readdirSync(path.join(dist, fn)).sort()).toEqual(
      expect.arrayContaining(['index.js', 'package.json', 'runtime-cloudbase.js', 'runtime-local.js']),
    )
  }
})

test.each(functions)('%s: index.js carries neither runtime, and each runtime file only its own', (fn) => {
  const index = read(fn, 'index.js')
  for (const sdk of ['@electric-sql/pglite', '"pg"', '@cloudbase/node-sdk', 'wx-server-sdk', 'HS256']) {
    expect(index).not.toContain(sdk)
  }
  expect(index).toContain('./runtime-cloudbase.js')
  expect(index).toContain('./runtime-local.js')

  const cloudbase = read(fn, 'runtime-cloudbase.js')
  expect(cloudbase).toContain('@cloudbase/node-sdk')
  for (const local of ['@electric-sql/pglite', '"pg"', 'HS256']) expect(cloudbase).not.toContain(local)
  // the runtime file shares nothing with index.js: a value import of a zod schema would bundle zod twice
  expect(cloudbase).not.toContain('"ZodError"')

  const local = read(fn, 'runtime-local.js')
  expect(local).toContain('@electric-sql/pglite')
  for (const cloud of ['@cloudbase/node-sdk', 'wx-server-sdk']) expect(local).not.toContain(cloud)
})

test.each(functions)(
  '%s: of the zod message locales, only zh-CN ships (besides the built-in English default)',
  (fn) => {
    const index = read(fn, 'index.js')
    expect(index).toContain('无效输入') // zh-CN
    expect(index).not.toContain('Ungültige Eingabe') // de
    expect(index).not.toContain('Неверный') // ru
  },
)
