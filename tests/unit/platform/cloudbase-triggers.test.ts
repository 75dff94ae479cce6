/**
 * Every timer trigger a function declares in its own config.json (what the local scheduler runs and
 * the bundle copies) is also in cloudbaserc.json, which the CloudBase CLI deploys: a timer missing
 * there would never run in the cloud.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { deployableFunctions } from '../../../cloudfunctions/_host/bundle'

const ROOT = path.resolve(__dirname, '..', '..', '..')
type Trigger = { name: string; type: string; config: string }
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'))

const deployed = new Map<string, Trigger[]>(
  (read(path.join(ROOT, 'cloudbaserc.json')).functions as Array<{ name: string; triggers?: Trigger[] }>).map((f) => [
    f.name,
    f.triggers ?? [],
  ]),
)

test.each(deployableFunctions(path.join(ROOT, 'cloudfunctions')))('%s: its timers are deployed as declared', (fn) => {
  const own = path.join(ROOT, 'cloudfunctions', fn, 'config.json')
  const declared: Trigger[] = existsSync(own) ? (read(own).triggers ?? []) : []
  expect(deployed.has(fn)).toBe(true)
  expect(deployed.get(fn)).toEqual(declared)
})
