export { checkFileGrant, FILE_GRANT_STEP_MS, FILE_GRANT_TTL_MS, fileGrant, type GrantCheck } from './file-grant'
export { maskPhone } from './mask-phone'
