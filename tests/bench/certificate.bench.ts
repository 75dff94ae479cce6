/**
 * Certificates, through the host over HTTP on PGlite, the bundles as production runs them:
 * - certificate.verifyP95Ms: the public verification of one certificate among 2,000 (a rate-limit
 *   counter and a read by id; the hash and the Ed25519 signature recomputed). Target ≤ 20 ms.
 * - certificate.verifyStoreOps: its store round trips, warm. Target ≤ 2.
 * - certificate.approveStoreOps: a warm approval that issues (serial counter, certificate, seal
 *   ledger, request, the applicant's notice; identity included). Target ≤ 8.
 * The clock moves an hour every 100 verifications, so the per-client limit (120 an hour) is exercised
 * the way a busy school desk would, and never refuses the bench.
 * Run alone: `npm run bench -- certificate`.
 */
import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { type CountingStore, countingStore } from '../../cloudfunctions/_platform/store/counting'
import { applyResidence, idNumberOf } from '../support/certificates'
import { startTestHost, type TestHost } from '../support/test-host'
import { type BenchEntry, entry, info } from './entry'
import { quantile, round, timed } from './stats'

const CERTIFICATES = 2_000
const CALLS = 300
const WARMUP = 30
const PER_HOUR = 100

async function issueOne(host: TestHost, resident: string, admin: string, n: number): Promise<string> {
  const { id } = await applyResidence(host, resident, { idNumber: idNumberOf(n) })
  await host.ok('certificate', 'accept', { id }, admin)
  return id
}

/** Clones of an issued certificate (each its own token), written in batches. */
async function fill(host: TestHost, templateId: string) {
  const store = host.platform.store
  const template = await store.collection('certificates').get(templateId)
  if (!template) throw new Error('no certificate to clone')
  const { _v, ...base } = template
  for (let from = 0; from < CERTIFICATES; from += 200) {
    await store.transaction(async (tx) => {
      for (let i = from; i < Math.min(from + 200, CERTIFICATES); i++) {
        const token = `BENCH${String(i).padStart(7, '0')}`.replace(/[0189]/g, 'A')
        await tx.collection('certificates').insert({ ...base, _id: `ce-${token}-${i}`, verifyToken: token })
      }
    })
    await new Promise((resolve) => setImmediate(resolve))
  }
}

export async function bench(): Promise<BenchEntry[]> {
  const clock = createManualClock(new Date('2026-12-01T02:00:00Z'))
  let counting: CountingStore | undefined
  const host = await startTestHost({
    clock,
    wrapStore: (store) => {
      counting = countingStore(store)
      return counting
    },
  })
  try {
    const resident = await host.login('resident-a')
    const admin = await host.login('community-admin')
    // warm the approval path once, then count a second approval
    const first = await issueOne(host, resident, admin, 1)
    await host.ok('certificate', 'approve', { id: first }, admin)
    const second = await issueOne(host, resident, admin, 2).catch(async () => {
      // resident-a now holds a valid 入学 certificate: ask for another purpose
      const { id } = await applyResidence(host, resident, { purpose: '就业', idNumber: idNumberOf(2) })
      await host.ok('certificate', 'accept', { id }, admin)
      return id
    })
    counting!.reset()
    await host.ok('certificate', 'approve', { id: second }, admin)
    const approveOps = counting!.ops.length
    const approveList = counting!.ops.map((o) => `${o.op} ${o.collection}`).join(', ')

    const detail = await host.ok('certificate', 'detail', { id: second }, resident)
    const token: string = detail.certificate.verifyToken
    await fill(host, `ce-${token}`)

    const verify = () => host.ok('certificate', 'verify', { token })
    for (let i = 0; i < WARMUP; i++) {
      if (i % PER_HOUR === 0) clock.advance(3_600_000)
      await verify()
    }
    clock.advance(3_600_000)
    counting!.reset()
    const v = await verify()
    const verifyOps = counting!.ops.length
    if (!v.valid) throw new Error('the benchmarked certificate does not verify')

    let n = 0
    // CPU time per call too: client, host, function and PGlite share this process, so it is the work
    // a verification costs, which a loaded machine does not inflate the way it inflates wall time
    const cpuBefore = process.cpuUsage()
    const run = await timed(CALLS, 1, async () => {
      if (n++ % PER_HOUR === 0) clock.advance(3_600_000)
      await verify()
    })
    const cpu = process.cpuUsage(cpuBefore)
    const cpuMsPerCall = round((cpu.user + cpu.system) / 1000 / CALLS, 2)
    const p95 = round(quantile(run.latencies, 0.95), 2)
    return [
      entry(
        'certificate.verifyP95Ms',
        'ms',
        p95,
        '≤',
        20,
        `${CALLS} verifications over HTTP, ${CERTIFICATES} certificates stored`,
      ),
      entry(
        'certificate.verifyStoreOps',
        'ops',
        verifyOps,
        '≤',
        2,
        'a warm verify: the per-client counter and the certificate by id',
      ),
      entry('certificate.approveStoreOps', 'ops', approveOps, '≤', 8, approveList),
      info('certificate.verifyP50Ms', 'ms', round(quantile(run.latencies, 0.5), 2)),
      info('certificate.verifyCpuMsPerCall', 'ms', cpuMsPerCall, 'CPU time per verification, this process'),
    ]
  } finally {
    await host.close()
  }
}

if (require.main === module) {
  bench().then((entries) => console.table(entries))
}
