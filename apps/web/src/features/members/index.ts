// The members feature's public face: what routes mount.
export { MembersPage } from './members-page';
