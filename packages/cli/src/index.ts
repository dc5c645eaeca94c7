export { main, VERSION } from './main.js';
export type { Io } from './io.js';
