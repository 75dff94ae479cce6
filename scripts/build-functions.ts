/** npm run build:functions — bundle every cloud function into dist/cloudfunctions/<fn>/ and report sizes. */
import path from 'node:path'
import { bundleFunctions } from '../cloudfunctions/_host/bundle'

const root = path.resolve(__dirname, '..')

async function main() {
  const reports = await bundleFunctions({
    sourceDir: path.join(root, 'cloudfunctions'),
    outDir: path.join(root, 'dist', 'cloudfunctions'),
  })
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(7)} KB`
  console.log(
    `  ${'function'.padEnd(12)} ${'index.js'.padStart(10)} ${'+cloudbase'.padStart(10)} ${'+local'.padStart(10)}`,
  )
  for (const r of reports)
    console.log(`  ${r.name.padEnd(12)} ${kb(r.bytes)} ${kb(r.cloudbaseBytes)} ${kb(r.localBytes)}  (${r.ms} ms)`)
  console.log(`bundled ${reports.length} functions into dist/cloudfunctions`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
