/**
 * The NutUI (@nutui/nutui-react-taro) components the app uses (Button, Rate, Switch), each with its own stylesheet, so a page
 * pulls in only what it renders (no babel-plugin-import needed: the package's ESM build tree-shakes,
 * and each component ships `style/css`). Sizes and colours are set through NutUI's CSS variables in
 * app.scss, large enough for 长辈.
 */
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/rate/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/switch/style/css'

export { Button, Rate, Switch } from '@nutui/nutui-react-taro'
