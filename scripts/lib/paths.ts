import path from 'node:path'

export const ROOT = path.resolve(__dirname, '..', '..')
export const FUNCTIONS_SRC = path.join(ROOT, 'cloudfunctions')
export const FUNCTIONS_OUT = path.join(ROOT, 'dist', 'cloudfunctions')
export const H5_OUT = path.join(ROOT, 'dist', 'h5')
