/** The session on this device: token and current user, in Taro storage (localStorage on H5). */
import Taro from '@tarojs/taro'
import type { User } from '../../types/identity'

const TOKEN_KEY = 'xiaobei:token'
const USER_KEY = 'xiaobei:user'

function read<T>(key: string): T | null {
  try {
    const value = Taro.getStorageSync(key)
    return value === '' || value === undefined || value === null ? null : (value as T)
  } catch {
    return null
  }
}

export function getToken(): string | null {
  return read<string>(TOKEN_KEY)
}

export function getUser(): User | null {
  return read<User>(USER_KEY)
}

export function saveSession(token: string | null, user: User | null): void {
  if (token) Taro.setStorageSync(TOKEN_KEY, token)
  else Taro.removeStorageSync(TOKEN_KEY)
  if (user) Taro.setStorageSync(USER_KEY, user)
  else Taro.removeStorageSync(USER_KEY)
}

export function saveUser(user: User): void {
  Taro.setStorageSync(USER_KEY, user)
}
