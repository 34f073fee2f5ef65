import type { SessionPolicy, SignInLimits } from '@bunkai/auth';
import type { CatalogFileParser } from '@bunkai/file-formats/catalog';
import type { Database } from '@bunkai/db';
import type { MailOutbox } from '@bunkai/mail';

/** Long-lived services and settings, built once per server. */
export type ApiServices = {
  database: Pick<Database, 'db' | 'mode'>;
  appVersion: string;
  /** Origin used in e-mailed links, e.g. https://bunkai.example.jp */
  publicUrl: string;
  /** Mail leaves after the transaction commits (see `queueMail`). */
  mail: MailOutbox;
  auth: {
    sessionPolicy: SessionPolicy;
    signInLimits: SignInLimits;
    /** Served over TLS: Secure + __Host- cookies. */
    secureCookies: boolean;
  };
  /** Parses catalog uploads; the server runs it off the event loop (`apps/api` catalog-parser). */
  parseCatalogFile: CatalogFileParser;
  now: () => Date;
};

/** Per request. A type alias (not an interface) so it satisfies the adapter's Record type. */
export type ApiContext = ApiServices & {
  requestId: string;
  ipAddress: string | null;
  userAgent: string | null;
  sessionToken: string | null;
  /** Headers the procedure adds to the response (Set-Cookie, Retry-After). */
  responseHeaders: Headers;
};
