/**
 * The street admin's editor of the board settings (types/board-settings.ts): what is in force for
 * their own street, and a save that replaces the street's settings as a whole, at the version the
 * admin saw, with its audit row in the same transaction (admin-edits.ts). The board reads the same
 * document (records.ts `boardSettings`) on every compute, so a save takes effect at the next one;
 * a board already computed keeps its scores until it is computed again, and a final one never changes.
 */
import { BoardSettings, type BoardSettingsOutput, type SaveBoardSettingsInput } from '../../../types/board-settings'
import type { Caller } from '../../../types/identity'
import type { Platform } from '../../_platform/ports'
import { adminStreetOf, auditedEdit } from '../admin-edits'
import { boardSettingsIdOf, boardSettingsOf } from './records'

export async function readBoardSettings(platform: Platform, caller: Caller): Promise<BoardSettingsOutput> {
  const doc = await platform.store.collection('settings').get(boardSettingsIdOf(adminStreetOf(caller)))
  return { settings: boardSettingsOf(doc), defaults: BoardSettings.parse({}), version: doc?._v ?? null }
}

export async function saveBoardSettings(
  platform: Platform,
  caller: Caller,
  input: SaveBoardSettingsInput,
  requestId?: string,
) {
  const streetId = adminStreetOf(caller)
  const saved = await auditedEdit(platform, caller, requestId, {
    action: 'board.saveSettings',
    collection: 'settings',
    id: boardSettingsIdOf(streetId),
    body: { board: input.settings },
    expectedVersion: input.expectedVersion,
    streetId,
  })
  return { version: saved.version, settings: input.settings }
}
