import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@bunkai/model';
import { en } from './en';
import { ja } from './ja';

const STORAGE_KEY = 'bunkai.language';

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'ja';
}

/** Japanese first: the stored choice, else ja; <html lang> follows the language. */
export async function setupI18n(): Promise<void> {
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    localStorage.setItem(STORAGE_KEY, lng);
  });
  await i18n.use(initReactI18next).init({
    resources: { ja: { translation: ja }, en: { translation: en } },
    lng: initialLanguage(),
    fallbackLng: 'ja',
    interpolation: { escapeValue: false },
  });
}

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof ja };
  }
}
