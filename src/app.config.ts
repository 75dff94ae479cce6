export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/services/index',
    'pages/mine/index',
    'pages/dev/personas/index',
    'pages/report/new/index',
    'pages/report/done/index',
    'pages/report/detail/index',
    'pages/report/mine/index',
    'pages/dev/outbox/index',
  ],
  subPackages: [
    { root: 'packageStaff', pages: ['pages/inbox/index', 'pages/order/index', 'pages/patrol/index'] },
    { root: 'packageAdmin', pages: ['pages/dashboard/index'] },
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#1f6feb',
    navigationBarTitleText: '小北',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f4f6f9',
  },
  tabBar: {
    color: '#555555',
    selectedColor: '#1f6feb',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-on.png',
      },
      {
        pagePath: 'pages/services/index',
        text: '办事',
        iconPath: 'assets/tab/services.png',
        selectedIconPath: 'assets/tab/services-on.png',
      },
      {
        pagePath: 'pages/mine/index',
        text: '我的',
        iconPath: 'assets/tab/mine.png',
        selectedIconPath: 'assets/tab/mine-on.png',
      },
    ],
  },
})
