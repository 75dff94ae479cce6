/**
 * A community's house roster (房屋/人口底册), collection `roster_entries`: one document per
 * (community, room, name, phone), its id derived from them, so importing the same row twice
 * writes nothing. A binding whose building, unit, room, name and phone match an entry is verified
 * at once (verifiedVia 'roster'): a pending one when the roster is imported, a new one when it is
 * made; but only when that phone is the one WeChat confirmed for the person who bound
 * (household.phoneFromWechat). Someone who merely knows a neighbour's name and phone gets a pending
 * binding that the grid worker decides.
 *
 * (Not `rosters.ts`: that is who works in which org.)
 */
import { createHash } from 'node:crypto'
import { type ImportRosterOutput, ROSTER_MAX_ROWS } from '../../types/household'
import type { Caller } from '../../types/identity'
import { headerOf, type RosterBuilding, type RosterRow, readRoster, sameResident } from '../_core/households/roster'
import { sniffSpreadsheet } from '../_platform/files/sniff'
import { conflict, forbidden, invalidInput, notFound } from '../_platform/kit/errors'
import type { Platform } from '../_platform/ports'
import { isStoreConflict, type Store, type StoredDoc } from '../_platform/store/port'
import { usersOf } from './accounts'
import { type HouseholdDoc, householdsOf, householdsOfUser, projectInTx, roomKeyOf } from './households'
import { placesOf } from './places'
import { readSheetRows } from './spreadsheet'

export interface RosterEntry extends StoredDoc {
  communityId: string
  buildingId: string
  unit: string
  room: string
  roomKey: string
  name: string
  phone: string
  importedAt: string
  importedBy: string
}

export const rosterEntriesOf = (store: Store) => store.collection<RosterEntry>('roster_entries')

export function rosterEntryIdOf(communityId: string, roomKey: string, name: string, phone: string): string {
  const digest = createHash('sha256').update([communityId, roomKey, name.normalize('NFKC').trim(), phone].join('\n'))
  return `ro_${digest.digest('hex').slice(0, 24)}`
}

/**
 * Whether a new binding is on the roster of its community, with the phone WeChat confirmed for the
 * person binding: then the roster verifies it at once. A typed phone waits for the grid worker.
 */
export async function onRoster(
  store: Store,
  roomKey: string,
  who: { name: string; phone: string | null; wechatPhone?: string | null },
) {
  if (!who.phone || who.phone !== who.wechatPhone) return false
  const page = await rosterEntriesOf(store).find({ where: { roomKey }, limit: 100 })
  return page.items.some((e) => sameResident(e, who))
}

/** The buildings of the caller's communities, with their estates' names. */
async function buildingsOf(
  store: Store,
  communityIds: string[],
): Promise<Array<RosterBuilding & { communityId: string }>> {
  const out: Array<RosterBuilding & { communityId: string }> = []
  for (const communityId of communityIds) {
    const [estates, buildings] = await Promise.all([
      placesOf(store).find({ where: { kind: 'estate', communityId }, limit: 1000 }),
      placesOf(store).find({ where: { kind: 'building', communityId }, limit: 1000 }),
    ])
    const names = new Map(estates.items.map((e) => [e._id, e.name]))
    for (const b of buildings.items) {
      const units = (b as { units?: unknown }).units
      out.push({
        id: b._id,
        name: b.name,
        estateName: names.get(b.estateId ?? '') ?? '',
        units: Array.isArray(units) ? units.map(String) : undefined,
        communityId,
      })
    }
  }
  return out
}

async function inChunks<T, R>(items: T[], size: number, fn: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = []
  for (let i = 0; i < items.length; i += size) out.push(...(await fn(items.slice(i, i + size))))
  return out
}

/**
 * Imports a roster file the caller uploaded. Every row is judged first; then, in one transaction,
 * the new entries are written and the pending bindings they match are verified. A failure leaves
 * nothing written; importing the same file again writes nothing.
 */
export async function importRoster(platform: Platform, caller: Caller, fileId: string): Promise<ImportRosterOutput> {
  const { store } = platform
  const communityIds = caller.scopes.filter((s) => s.role === 'community_admin').map((s) => s.orgId)
  if (communityIds.length === 0) throw forbidden('只有社区管理员可以导入本社区的房屋底册')
  const meta = await store.collection('files').get(fileId)
  // someone else's file is as good as missing
  if (!meta || meta.ownerId !== caller.userId) throw notFound('没有找到这个文件，请重新上传')
  const file = await platform.files.get(fileId)
  if (!file || !sniffSpreadsheet(file.bytes))
    throw invalidInput('只能导入 .xlsx 格式的表格（Excel 或 WPS 另存为 .xlsx）')

  const rows = await readSheetRows(file.bytes, ROSTER_MAX_ROWS)
  const header = headerOf(rows)
  if ('error' in header) throw invalidInput(header.error)
  const buildings = await buildingsOf(store, communityIds)
  const communityOf = new Map(buildings.map((b) => [b.id, b.communityId]))
  const lines = readRoster(
    rows.filter((r) => r.row > header.row),
    header.columns,
    buildings,
  )
  if (lines.length > ROSTER_MAX_ROWS) throw invalidInput(`一次最多导入 ${ROSTER_MAX_ROWS} 行，请分成几个文件导入`)

  const at = platform.clock.now().toISOString()
  const good = lines.filter((l): l is { ok: true } & RosterRow => l.ok)
  const entries = good.map((l) => {
    const communityId = communityOf.get(l.buildingId) as string
    const roomKey = roomKeyOf(l.buildingId, l.unit, l.room)
    return {
      row: l.row,
      doc: {
        _id: rosterEntryIdOf(communityId, roomKey, l.name, l.phone),
        communityId,
        buildingId: l.buildingId,
        unit: l.unit,
        room: l.room,
        roomKey,
        name: l.name,
        phone: l.phone,
        importedAt: at,
        importedBy: caller.userId,
      },
    }
  })
  const known = new Set(
    (
      await inChunks(
        entries.map((e) => e.doc._id),
        500,
        async (ids) => (await rosterEntriesOf(store).find({ where: { _id: { in: ids } }, limit: 1000 })).items,
      )
    ).map((e) => e._id),
  )
  const fresh = entries.filter((e) => !known.has(e.doc._id))

  // pending bindings of these rooms whose name and phone match a row
  const roomKeys = [...new Set(entries.map((e) => e.doc.roomKey))]
  const pending = await inChunks(
    roomKeys,
    200,
    async (keys) =>
      (await householdsOf(store).find({ where: { roomKey: { in: keys }, status: 'pending' }, limit: 1000 })).items,
  )
  const candidates = pending.filter((h) => entries.some((e) => e.doc.roomKey === h.roomKey && sameResident(e.doc, h)))
  // only with the phone WeChat confirmed for the person who bound: a typed phone could be anyone's
  const confirmed = new Map(
    (
      await inChunks(
        [...new Set(candidates.map((h) => h.userId))],
        500,
        async (ids) => (await usersOf(store).find({ where: { _id: { in: ids } }, limit: 1000 })).items,
      )
    ).map((u) => [u._id, u.wechatPhone ?? null]),
  )
  const matched = candidates.filter((h) => h.phone !== null && confirmed.get(h.userId) === h.phone)
  const people = [...new Set(matched.map((h) => h.userId))]
  const housesOf = new Map(await Promise.all(people.map(async (u) => [u, await householdsOfUser(store, u)] as const)))

  try {
    await store.transaction(async (tx) => {
      for (const e of fresh) await tx.collection<RosterEntry>('roster_entries').insert(e.doc as never)
      const saved = new Map<string, HouseholdDoc>()
      for (const h of matched) {
        saved.set(
          h._id,
          await tx
            .collection<HouseholdDoc>('households')
            .patch(
              h._id,
              { status: 'verified', verifiedAt: at, verifiedBy: caller.userId, verifiedVia: 'roster', updatedAt: at },
              { expectedVersion: h._v },
            ),
        )
      }
      for (const userId of people) {
        const list = (housesOf.get(userId) ?? []).map((x) => saved.get(x._id) ?? x)
        await projectInTx(tx, userId, list)
      }
    })
  } catch (error) {
    if (isStoreConflict(error)) throw conflict('导入时有住户绑定发生了变化，请重新导入（已导入的内容不会重复）')
    throw error
  }

  for (const h of matched) {
    await platform.notify
      .send({
        toUserId: h.userId,
        template: 'household.verified',
        title: '住址已核实',
        body: `${h.label} 已按社区房屋底册核实通过`,
        page: 'pages/mine/index',
      })
      .catch((error) => console.error('[notify] failed', h.userId, error))
  }

  const freshRows = new Set(fresh.map((e) => e.row))
  const report = lines
    .map((l) =>
      l.ok
        ? { row: l.row, status: freshRows.has(l.row) ? ('taken' as const) : ('unchanged' as const) }
        : { row: l.row, status: 'refused' as const, reason: l.reason },
    )
    .sort((a, b) => a.row - b.row)
  return {
    taken: fresh.length,
    refused: report.filter((r) => r.status === 'refused').length,
    unchanged: entries.length - fresh.length,
    verified: matched.length,
    rows: report,
  }
}
