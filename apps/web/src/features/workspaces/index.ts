// The workspaces feature's public face: what routes mount.
export { WorkspacesPage } from './workspaces-page';
