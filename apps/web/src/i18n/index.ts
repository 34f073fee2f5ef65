import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '@bunkai/model';
import type account from './ja/account';
import type audit from './ja/audit';
import type auth from './ja/auth';
import type catalogs from './ja/catalogs';
import type common from './ja/common';
import type invitations from './ja/invitations';
import type matrix from './ja/matrix';
import type members from './ja/members';
import type systems from './ja/systems';
import viewErrorJa from './ja/viewError';
import type workspaces from './ja/workspaces';
import viewErrorEn from './en/viewError';

const STORAGE_KEY = 'bunkai.language';

/**
 * One namespace per feature, plus `common` (the shell and shared words) and `viewError`; a file
 * per language and namespace (`ja/<ns>.ts`, `en/<ns>.ts`). Keys keep their first segment
 * (`t('matrix.title')`), and each first segment lives in one namespace only, so `t` finds a key
 * in whichever loaded namespace holds it (`fallbackNS`) and components need not name theirs.
 */
export interface Resources {
  account: typeof account;
  audit: typeof audit;
  auth: typeof auth;
  catalogs: typeof catalogs;
  common: typeof common;
  invitations: typeof invitations;
  matrix: typeof matrix;
  members: typeof members;
  systems: typeof systems;
  viewError: typeof viewErrorJa;
  workspaces: typeof workspaces;
}
export type Namespace = keyof Resources;
/** What a route loads before it draws; `common` is there from the start, `viewError` bundled. */
export type RouteNamespace = Exclude<Namespace, 'common' | 'viewError'>;

/** Where `t` looks for a key that `common` lacks: every other namespace (a record, so none is missed). */
const FALLBACK_NAMESPACES = Object.keys({
  viewError: true,
  account: true,
  audit: true,
  auth: true,
  catalogs: true,
  invitations: true,
  matrix: true,
  members: true,
  systems: true,
  workspaces: true,
} satisfies Record<Exclude<Namespace, 'common'>, true>) as Exclude<Namespace, 'common'>[];

// Fetched on demand, one chunk per language and namespace; never `viewError`.
const files = import.meta.glob<Record<string, unknown>>(['./*/*.ts', '!./*/viewError.ts'], {
  import: 'default',
});

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'ja';
}

/**
 * Japanese first: the stored choice, else ja; <html lang> follows the language. Only the
 * language in use is fetched (no fallback language: every key exists in both); a switch fetches
 * the namespaces loaded so far in the other language before the page redraws.
 */
export async function setupI18n(): Promise<void> {
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    localStorage.setItem(STORAGE_KEY, lng);
  });
  await i18n
    .use(
      resourcesToBackend((lng: string, ns: string) => {
        const load = files[`./${lng}/${ns}.ts`];
        return load ? load() : Promise.reject(new Error(`no messages for ${lng}/${ns}`));
      }),
    )
    .use(initReactI18next)
    .init({
      // The failed-view message in both languages, whatever else could not be loaded.
      resources: { ja: { viewError: viewErrorJa }, en: { viewError: viewErrorEn } },
      partialBundledLanguages: true,
      lng: initialLanguage(),
      supportedLngs: LANGUAGES,
      fallbackLng: false,
      ns: ['common'],
      defaultNS: 'common',
      fallbackNS: FALLBACK_NAMESPACES,
      interpolation: { escapeValue: false },
      // A key no loaded namespace holds shows as itself; say so, so the browser tests fail on it.
      parseMissingKeyHandler: (key) => {
        console.warn(`i18n: missing key "${key}" (${i18n.language})`);
        return key;
      },
    });
}

/**
 * A route's loader: fetches the namespaces its views use in the language shown, so the route
 * draws with its text (no Suspense fallback, no key shown). When one cannot be fetched the route
 * fails, and shows its error view with a retry.
 */
export async function loadNamespaces(...namespaces: RouteNamespace[]): Promise<void> {
  await i18n.loadNamespaces(namespaces);
  const missing = () => namespaces.filter((ns) => !i18n.hasResourceBundle(i18n.language, ns));
  // i18next does not fetch again a namespace that failed once: a retry asks for it anew.
  if (missing().length > 0) await i18n.reloadResources(i18n.language, missing());
  if (missing().length > 0) throw new Error(i18n.t('errors.network'));
}

/**
 * For a view that shows English names beside the Japanese ones (OSCAL's part names): fetches
 * these namespaces in English too while the page is in Japanese (and nothing more in English).
 */
export async function loadEnglishToo(...namespaces: RouteNamespace[]): Promise<void> {
  const missing = () => namespaces.filter((ns) => !i18n.hasResourceBundle('en', ns));
  if (i18n.language === 'en' || missing().length === 0) return;
  await i18n.reloadResources('en', missing());
  if (missing().length > 0) throw new Error(i18n.t('errors.network'));
}

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    fallbackNS: Exclude<Namespace, 'common'>[];
    resources: Resources;
  }
}
