import packageJson from '../package.json' with { type: 'json' };

export const APP_VERSION: string = (packageJson as { version?: string }).version ?? '0.0.0';
