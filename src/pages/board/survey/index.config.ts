export default definePageConfig({ navigationBarTitleText: '物业季度评价' })
