import type { Database } from '@bunkai/db';

/** Everything a procedure may use; built per request by the server. */
// A type alias (not an interface) so it satisfies the adapter's Record<string, unknown>.
export type ApiContext = {
  database: Pick<Database, 'db' | 'mode'>;
  appVersion: string;
  requestId: string;
};
