export { counterKeyOf, formatOrderNumber } from './order-number'
