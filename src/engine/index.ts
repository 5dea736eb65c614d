export { evaluate, MAX_TEXT } from './evaluate';
export * from './types';
