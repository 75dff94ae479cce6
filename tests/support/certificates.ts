/** Shared steps for the certificate tests: a valid ID number, a 居住证明 application, residents of a community. */
import { idNumberCheck } from '../../types/id-number'
import { newRequestId, uploadPng } from './report-helpers'
import type { TestHost } from './test-host'

/** A well-formed (fictional) 18-character ID number; `n` makes it unique. */
export function idNumberOf(n: number): string {
  const first17 = `150302198${String(n % 10)}0101${String(n).padStart(3, '0').slice(-3)}`.slice(0, 17)
  return first17 + idNumberCheck(first17)
}

export async function applyResidence(
  host: TestHost,
  token: string,
  over: Record<string, unknown> = {},
): Promise<{ id: string; number: string; status: string; dueBy: string | null; existing: unknown }> {
  const photo = await uploadPng(host, token)
  return host.ok(
    'certificate',
    'apply',
    {
      requestId: newRequestId(),
      typeCode: 'JZZM',
      purpose: '入学',
      materials: [photo],
      idNumber: idNumberOf(1),
      residentSince: '2019-05',
      ...over,
    },
    token,
  )
}

/** Seeded residents of a community (verified households), with tokens. */
export async function residentsOf(host: TestHost, communityId: string, count: number) {
  const page = await host.platform.store.collection('users').find({ where: { kind: 'resident' }, limit: 500 })
  const picked = page.items
    .filter(
      (u) => (u.address as { communityId?: string } | undefined)?.communityId === communityId && u.householdVerified,
    )
    .slice(0, count)
  return Promise.all(
    picked.map(async (u) => ({
      id: u._id,
      name: String(u.name),
      token: await host.platform.identity.issueToken!(u._id),
    })),
  )
}
