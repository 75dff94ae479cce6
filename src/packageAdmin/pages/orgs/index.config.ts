export default definePageConfig({ navigationBarTitleText: '物业与部门' })
