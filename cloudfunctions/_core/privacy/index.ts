export { maskPhone } from './mask-phone'
