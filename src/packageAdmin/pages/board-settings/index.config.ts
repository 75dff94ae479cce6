export default definePageConfig({ navigationBarTitleText: '红黑榜评分设置' })
