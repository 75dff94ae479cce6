/** jest globalSetup for integration and e2e: the host runs the bundled functions, so bundle them first. */
import path from 'node:path'
import { bundleFunctions } from '../../cloudfunctions/_host/bundle'

export default async function bundleOnce(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..')
  if (process.env.XIAOBEI_SKIP_BUNDLE === '1') return // scripts/test.ts bundled already
  await bundleFunctions({
    sourceDir: path.join(root, 'cloudfunctions'),
    outDir: path.join(root, 'dist', 'cloudfunctions'),
  })
}
