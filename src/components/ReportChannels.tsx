/**
 * The home page's two big entries, 报物业 and 报网格员. In an estate with no property company
 * (无物业小区) there is one entry that says what really happens: 报社区/网格员（本小区无物业）. The
 * home comes with the category catalogue the page loads anyway (no extra round trip).
 */
import { Text, View } from '@tarojs/components'
import { loadReportHome, NO_PROPERTY_CHANNEL_LABEL } from '../lib/categories'
import { go, ROUTES, withQuery } from '../lib/routes'
import { useLoad } from '../lib/use-load'

export function ReportChannels() {
  const home = useLoad(() => loadReportHome(), [])
  const noProperty = !!home.data && !home.data.hasProperty
  return (
    <View className="channels">
      {noProperty ? null : (
        <View
          className="channel channel-property"
          onClick={() => go(withQuery(ROUTES.reportNew, { channel: 'property' }))}
        >
          <Text className="channel-icon">🏠</Text>
          <Text className="channel-title">报物业</Text>
          <Text className="channel-sub">楼道、电梯、水电维修</Text>
        </View>
      )}
      <View className="channel channel-grid" onClick={() => go(withQuery(ROUTES.reportNew, { channel: 'grid' }))}>
        <Text className="channel-icon">🧑‍💼</Text>
        <Text className="channel-title">{noProperty ? NO_PROPERTY_CHANNEL_LABEL : '报网格员'}</Text>
        <Text className="channel-sub">{noProperty ? '水电、楼道、安全、纠纷，都可以报' : '安全隐患、纠纷、环境'}</Text>
      </View>
    </View>
  )
}
