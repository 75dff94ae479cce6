export { counterKeyOf, formatOrderNumber, hourlyCounterKeyOf } from './order-number'
