/** Types for lru-cache 5 (the version the tree installs; it ships none). Only what we use. */
declare module 'lru-cache' {
  interface Options {
    /** most entries kept; the least recently used go first */
    max?: number
    /** default time to live of an entry, ms */
    maxAge?: number
  }
  class LRUCache<K, V> {
    constructor(options?: Options)
    get(key: K): V | undefined
    peek(key: K): V | undefined
    set(key: K, value: V, maxAge?: number): boolean
    del(key: K): void
    reset(): void
    readonly length: number
  }
  export = LRUCache
}
