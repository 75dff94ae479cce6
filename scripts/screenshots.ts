/**
 * npm run screenshots — refreshes the tracked screenshots in docs/screenshots. The e2e tests always
 * write theirs to the ignored .temp/screenshots (so `npm test` never dirties the tree); this runs
 * them (building H5 first if it is stale) and copies what they wrote, only when every test passed.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { SCREENSHOTS } from '../tests/support/browser'
import { ensureH5Build } from './lib/h5-build'
import { ROOT } from './lib/paths'

const TRACKED = path.join(ROOT, 'docs', 'screenshots')

rmSync(SCREENSHOTS, { recursive: true, force: true })
mkdirSync(SCREENSHOTS, { recursive: true })
ensureH5Build()
const jest = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'jest'), ['--selectProjects', 'e2e'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim() },
})
if (jest.status !== 0) {
  console.error('screenshots: the e2e tests failed; docs/screenshots left as it was')
  process.exit(1)
}
mkdirSync(TRACKED, { recursive: true })
const shots = readdirSync(SCREENSHOTS).filter((f) => f.endsWith('.png'))
for (const file of shots) copyFileSync(path.join(SCREENSHOTS, file), path.join(TRACKED, file))
console.log(`screenshots: ${shots.length} copied to docs/screenshots`)
