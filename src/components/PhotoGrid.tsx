import { Image, View } from '@tarojs/components'
import Taro from '@tarojs/taro'

/** Photos as a row of square thumbnails; a tap opens the full-screen preview of the set. Nothing when empty. */
export function PhotoGrid({ urls, className = '' }: { urls: string[]; className?: string }) {
  if (!urls.length) return null
  return (
    <View className={`photo-row ${className}`.trim()}>
      {urls.map((url) => (
        <Image
          key={url}
          className="photo-thumb"
          src={url}
          mode="aspectFill"
          onClick={() => Taro.previewImage({ current: url, urls })}
        />
      ))}
    </View>
  )
}
