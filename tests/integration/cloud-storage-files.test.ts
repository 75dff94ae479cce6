/**
 * The CloudBase files adapter against a real store (PGlite) and a fake cloud storage (an in-memory
 * stand-in for @cloudbase/node-sdk's uploadFile/downloadFile/getTempFileURL, named as a fake):
 * host-side uploads and adopted mini-program uploads both get FileIds, checked by magic bytes.
 */

import { createCloudStorageFiles } from '../../cloudfunctions/_platform/files/cloud-storage'
import type { Platform } from '../../cloudfunctions/_platform/ports'
import { createStoreFromUrl } from '../../cloudfunctions/_platform/store'
import type { Store } from '../../cloudfunctions/_platform/store/port'
import { UPLOAD_QUOTA } from '../../cloudfunctions/_services/files'
import { adopt } from '../../cloudfunctions/files/adopt'
import { pngOf } from '../support/images'
import { rosterXlsx } from '../support/roster-file'

function fakeCloudStorage() {
  const objects = new Map<string, Buffer>()
  return {
    objects,
    async uploadFile({ cloudPath, fileContent }: { cloudPath: string; fileContent: Buffer }) {
      const fileID = `cloud://env-fake.1234/${cloudPath}`
      objects.set(fileID, fileContent)
      return { fileID }
    },
    async downloadFile({ fileID }: { fileID: string }) {
      return { fileContent: objects.get(fileID) }
    },
    async deleteFile({ fileList }: { fileList: string[] }) {
      return {
        fileList: fileList.map((fileID) => ({
          fileID,
          code: objects.delete(fileID) ? 'SUCCESS' : 'STORAGE_FILE_NONEXIST',
        })),
      }
    },
    async getTempFileURL({ fileList }: { fileList: string[] }) {
      return {
        fileList: fileList.map((fileID) => ({
          fileID,
          tempFileURL: `https://tmp.example/${encodeURIComponent(fileID)}`,
        })),
      }
    },
  }
}

let store: Store
beforeAll(async () => {
  store = await createStoreFromUrl('pglite:memory')
  await store.migrate()
})
afterAll(async () => store.close())

test('a host-side upload gets a FileId that resolves to its cloud file', async () => {
  const cloud = fakeCloudStorage()
  const files = createCloudStorageFiles({ app: cloud, store, now: () => new Date('2026-11-23T02:00:00Z') })
  const stored = await files.put(new Uint8Array(pngOf(4, 4)), { mime: 'image/png', ownerId: 'u-resident-a' })
  expect(stored.fileId).toMatch(/^f_[0-9a-z]{16}$/)
  const [cloudId] = [...cloud.objects.keys()]
  expect(cloudId).toMatch(/^cloud:\/\/env-fake\.1234\/photos\/u-resident-a\//)
  expect(await files.url(stored.fileId)).toBe(`https://tmp.example/${encodeURIComponent(cloudId)}`)
  expect((await files.get(stored.fileId))?.mime).toBe('image/png')
  expect(await files.url('f_doesnotexist0000')).toBe('')
})

test('adopting a mini-program upload checks it, gives it an owner, and is idempotent', async () => {
  const cloud = fakeCloudStorage()
  const files = createCloudStorageFiles({ app: cloud, store, now: () => new Date('2026-11-23T02:00:00Z') })
  const b = { ownerId: 'u-resident-b', openid: 'o-resident-b' }
  const { fileID } = await cloud.uploadFile({ cloudPath: 'uploads/o-resident-b/1.png', fileContent: pngOf(8, 8) })
  const first = await files.adopt(fileID, b)
  const again = await files.adopt(fileID, b)
  expect(again.fileId).toBe(first.fileId)
  const doc = await store.collection('files').get(first.fileId)
  expect(doc).toMatchObject({ ownerId: 'u-resident-b', uploadedAs: fileID, mime: 'image/png' })
  // moved out of the openid path: neither the stored object, nor its link, nor storage keeps the openid
  expect(String(doc?.cloudFileId)).toMatch(/^cloud:\/\/env-fake\.1234\/photos\/u-resident-b\//)
  expect(await files.url(first.fileId)).not.toContain('o-resident-b')
  expect([...cloud.objects.keys()].filter((id) => id.includes('o-resident-b'))).toEqual([])
  expect((await files.get(first.fileId))?.bytes).toEqual(new Uint8Array(pngOf(8, 8)))

  const { fileID: text } = await cloud.uploadFile({
    cloudPath: 'uploads/o-resident-b/2.png',
    fileContent: Buffer.from('not an image at all'),
  })
  await expect(files.adopt(text, b)).rejects.toMatchObject({ name: 'PhotoRejectedError' })
  await expect(files.adopt('cloud://env-fake.1234/uploads/o-resident-b/missing.png', b)).rejects.toMatchObject({
    name: 'PhotoRejectedError',
  })
  await expect(files.adopt('https://elsewhere/x.png', b)).rejects.toMatchObject({
    name: 'PhotoRejectedError',
  })
})

test("nobody adopts a file outside their own upload prefix: another person's photo stays theirs", async () => {
  const cloud = fakeCloudStorage()
  const files = createCloudStorageFiles({ app: cloud, store, now: () => new Date('2026-11-23T02:00:00Z') })
  const { fileID: aPhoto } = await cloud.uploadFile({
    cloudPath: 'uploads/o-resident-a/1.png',
    fileContent: pngOf(8, 8),
  })
  const { fileID: hostPhoto } = await cloud.uploadFile({ cloudPath: 'photos/u-resident-a/x', fileContent: pngOf(8, 8) })
  const { fileID: flat } = await cloud.uploadFile({ cloudPath: 'uploads/1.png', fileContent: pngOf(8, 8) })
  const b = { ownerId: 'u-resident-b', openid: 'o-resident-b' }
  const attempts = [
    aPhoto, // a neighbour's upload
    hostPhoto, // a photo the functions stored
    flat, // no owner in the path
    'cloud://env-fake.1234/uploads/o-resident-b/../o-resident-a/1.png',
    'cloud://env-fake.1234/uploads/o-resident-b//1.png',
    'cloud://env-fake.1234/uploads/o-resident-bx/1.png',
  ]
  for (const id of attempts) {
    await expect(files.adopt(id, b)).rejects.toMatchObject({ name: 'PhotoRejectedError', message: expect.any(String) })
  }
  // without an openid there is no prefix of one's own
  await expect(files.adopt(aPhoto, { ownerId: 'u-resident-a' })).rejects.toMatchObject({ name: 'PhotoRejectedError' })
  const owned = await store.collection('files').find({ where: { ownerId: 'u-resident-b' }, limit: 100 })
  expect(owned.items.map((f) => f.cloudFileId)).not.toContain(aPhoto)
})

test('a roster importer may adopt an .xlsx (household.importRoster on CloudBase); anyone else only photos', async () => {
  const cloud = fakeCloudStorage()
  const files = createCloudStorageFiles({ app: cloud, store, now: () => new Date('2026-11-23T02:00:00Z') })
  const bytes = Buffer.from(await rosterXlsx([['博泰佳苑2号楼', '1单元', '101', '某人', '13900000000']]))
  const { fileID } = await cloud.uploadFile({ cloudPath: 'uploads/o-admin/roster.xlsx', fileContent: bytes })
  const refused = await files.adopt(fileID, { ownerId: 'u-admin', openid: 'o-admin' }).catch((e) => e)
  expect(refused.name).toBe('PhotoRejectedError')
  const taken = await files.adopt(fileID, { ownerId: 'u-admin', openid: 'o-admin', spreadsheet: true })
  expect(taken.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  expect((await files.get(taken.fileId))?.bytes.byteLength).toBe(bytes.byteLength)
})

test('remove deletes the cloud object and then its record; an unknown id removes nothing', async () => {
  const cloud = fakeCloudStorage()
  const files = createCloudStorageFiles({ app: cloud, store, now: () => new Date('2026-11-23T02:00:00Z') })
  const stored = await files.put(new Uint8Array(pngOf(4, 4)), { mime: 'image/png', ownerId: 'u-resident-c' })
  const [cloudId] = [...cloud.objects.keys()]
  expect(await files.remove(stored.fileId)).toBe(true)
  expect(cloud.objects.has(cloudId)).toBe(false)
  expect(await store.collection('files').get(stored.fileId)).toBeNull()
  expect(await files.get(stored.fileId)).toBeNull()
  expect(await files.remove(stored.fileId)).toBe(false)
  expect(await files.remove('f_doesnotexist0000')).toBe(false)
})

test('a cloud delete that fails keeps the record: no record points at a deleted object', async () => {
  const cloud = fakeCloudStorage()
  const failing = {
    ...cloud,
    deleteFile: async ({ fileList }: { fileList: string[] }) => ({
      fileList: fileList.map((fileID) => ({ fileID, code: 'STORAGE_REQUEST_FAIL' })),
    }),
  }
  const files = createCloudStorageFiles({ app: failing, store, now: () => new Date('2026-11-23T02:00:00Z') })
  const stored = await files.put(new Uint8Array(pngOf(4, 4)), { mime: 'image/png', ownerId: 'u-resident-d' })
  expect(await files.remove(stored.fileId)).toBe(false)
  expect(await store.collection('files').get(stored.fileId)).not.toBeNull()
})

test('files.adopt keeps the daily upload quota: past it, a further photo is RATE_LIMITED and nothing is recorded', async () => {
  const cloud = fakeCloudStorage()
  const now = () => new Date('2026-11-23T02:00:00Z')
  const files = createCloudStorageFiles({ app: cloud, store, now })
  const platform = { runtime: 'cloudbase', store, files, clock: { now } } as unknown as Platform
  const caller = {
    userId: 'u-quota',
    name: '配额',
    kind: 'resident',
    roles: ['resident'],
    scopes: [],
    openid: 'o-quota',
  } as const
  for (let i = 0; i < UPLOAD_QUOTA.files; i++) {
    await store.collection('files').insert({
      _id: `f_quota${String(i).padStart(11, '0')}`,
      ownerId: 'u-quota',
      size: 10,
      createdAt: now().toISOString(),
    })
  }
  const { fileID } = await cloud.uploadFile({ cloudPath: 'uploads/o-quota/1.png', fileContent: pngOf(4, 4) })
  const refused = await adopt
    .run({ input: { cloudFileId: fileID }, caller: { ...caller, roles: [...caller.roles], scopes: [] }, platform })
    .catch((e: unknown) => e)
  expect(refused).toMatchObject({ code: 'RATE_LIMITED' })
  expect(await store.collection('files').count({ ownerId: 'u-quota' })).toBe(UPLOAD_QUOTA.files)
})
