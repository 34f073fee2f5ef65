export * from './system/system-info';
