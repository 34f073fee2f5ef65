export * from './model';
export * from './formats';
