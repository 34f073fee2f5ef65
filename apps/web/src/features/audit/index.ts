// The audit feature's public face: what routes mount.
export { AuditPage } from './audit-page';
