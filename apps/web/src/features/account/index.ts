// The account feature's public face: what routes mount.
export { AccountPage } from './account-page';
