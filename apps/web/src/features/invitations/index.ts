// The invitations feature's public face: what routes mount.
export { AcceptInvitationPage } from './accept/accept-page';
export { InvitationsPage } from './invitations-page';
