export { counterKeyOf, formatOrderNumber, hourlyCounterKeyOf, isStaleRateKey, RATE_KEY_RANGE } from './order-number'
