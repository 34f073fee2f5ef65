export * from './app-shell';
export * from './page';
export * from './segmented';
