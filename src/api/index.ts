export { call, uploadPhoto } from './call'
export { ApiError, toApiError } from './errors'
export { getToken, getUser, login, logout, me, personas } from './session'
