// The systems feature's public face: what routes mount.
export { SystemsPage } from './systems-page';
