/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.gif'
declare module '*.jpg'
declare module '*.jpeg'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV?: 'weapp' | 'swan' | 'alipay' | 'h5' | 'rn' | 'tt' | 'qq' | 'jd' | 'harmony' | 'jdrn'
    /** http: Taro.request to the local host; cloud: Taro.cloud.callFunction */
    TARO_APP_TRANSPORT?: 'http' | 'cloud'
    /** base URL of the local host; '' = same origin on H5 */
    TARO_APP_API_BASE?: string
    /** CloudBase environment id (transport cloud) */
    TARO_APP_CLOUD_ENV?: string
    /** local: dev personas; cloudbase: WeChat identity */
    TARO_APP_RUNTIME?: 'local' | 'cloudbase'
    /** which builds carry the dev pages: 'all', 'h5' or '' (src/lib/dev-pages.ts) */
    TARO_APP_DEV_PAGES?: string
    /** subscribe-message template ids, comma separated */
    TARO_APP_SUBSCRIBE_TEMPLATES?: string
    /** 民生集市 subscribe-message template ids (confirmed, offer, reminder), comma separated */
    TARO_APP_MARKET_TEMPLATES?: string
  }
}
