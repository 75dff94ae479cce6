export default definePageConfig({ navigationBarTitleText: '待核实住户', enablePullDownRefresh: true })
