export { chooseCurrent, type HouseholdFacts } from './current'
