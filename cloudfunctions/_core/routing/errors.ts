/** Bad routing input (unknown category or estate, or a rule that names no usable org). Maps to INVALID_INPUT. */
export class RoutingError extends Error {
  readonly code = 'INVALID_INPUT' as const

  constructor(message: string) {
    super(message)
    this.name = 'RoutingError'
  }
}
