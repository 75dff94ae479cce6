/**
 * The one FileId format: 'f_' and 16 of [0-9a-z]. The zod schema (types/report.ts), the disk store
 * and cloud storage all use these. No zod here.
 */
import { customAlphabet } from 'nanoid'

export const FILE_ID_PATTERN = /^f_[0-9a-z]{16}$/

/** 16 random characters of [0-9a-z]: a new id's tail, also used for cloud paths. */
export const fileIdTail = customAlphabet('0123456789abcdefghijklmnopqrstuvwxyz', 16)

export const newFileId = (): string => `f_${fileIdTail()}`

export const isFileId = (value: string): boolean => FILE_ID_PATTERN.test(value)
