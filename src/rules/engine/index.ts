export * from './calculator';
export * from './dates';
export * from './errors';
export * from './explain';
export * from './money';
export * from './parameter';
export * from './parse';
export * from './source';
