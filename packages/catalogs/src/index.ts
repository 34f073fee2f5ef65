export * from './model';
export * from './formats';
export * from './files';
