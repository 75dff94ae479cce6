/** Shared steps for the reporting flow tests: upload a photo, file a report, read an order. */
import { pngOf } from './images'
import type { TestHost } from './test-host'

let seq = 0
export const newRequestId = () => `req-${process.pid}-${Date.now()}-${++seq}`

export async function uploadPng(host: TestHost, token: string): Promise<string> {
  const res = await fetch(`${host.url}/api/_upload`, {
    method: 'POST',
    headers: { 'content-type': 'image/png', authorization: `Bearer ${token}` },
    body: new Uint8Array(pngOf(8, 8)),
  })
  const body = (await res.json()) as { ok: boolean; data: { fileId: string } }
  if (!body.ok) throw new Error(`upload failed: ${JSON.stringify(body)}`)
  return body.data.fileId
}

export interface Report {
  requestId?: string
  channel?: 'property' | 'grid'
  categoryCode?: string
  buildingId?: string
  description?: string
  photos?: string[]
  urgent?: boolean
}

export function reportOf(r: Report = {}) {
  return {
    requestId: r.requestId ?? newRequestId(),
    channel: r.channel ?? 'property',
    categoryCode: r.categoryCode ?? 'stairwell_light',
    buildingId: r.buildingId ?? 'bd-botai-3',
    description: r.description ?? '3号楼2单元楼道灯不亮，晚上上下楼看不见',
    photos: r.photos ?? [],
    ...(r.urgent === undefined ? {} : { urgent: r.urgent }),
  }
}

/**
 * Takes 博泰佳苑's second property staff member off duty, so 刘师傅 (the property-staff persona) is the
 * only one on duty there and holds every new order of the estate.
 */
export async function onlyPersonaOnDutyAtBotai(host: TestHost): Promise<void> {
  await host.platform.store.collection('memberships').patch('u-ps-5:pc-botai:property_staff', { onDuty: false })
}
