// The shell's public face: the signed-in frame and the fallbacks of every route.
export { AppLayout } from './app-layout';
export { LanguageSwitch } from './language-switch';
export { NotFound, RouteError } from './route-fallbacks';
