import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationKind } from '@bunkai/model';
import { Card, Notice } from '@bunkai/ui';
import { useActiveOrganization } from '../lib/session';
import type { MyOrganization } from '../lib/types';

/**
 * Shows `children` only when the active organization fits (kind, admin role); otherwise says
 * why, so pages do not ask the server for what it would refuse.
 */
export function RequireOrganization({
  kinds,
  admin = false,
  kindRefusal,
  children,
}: {
  kinds?: readonly OrganizationKind[];
  /** What to say to other kinds of organization (default: hospitals only). */
  kindRefusal?: string;
  admin?: boolean;
  children: (organization: MyOrganization) => ReactNode;
}) {
  const { t } = useTranslation();
  const { active, isAdmin, isPending } = useActiveOrganization();
  if (isPending) return <Notice>{t('common.loading')}</Notice>;
  let refusal: string | null = null;
  if (!active) refusal = t('access.needOrganization');
  else if (kinds && !kinds.includes(active.kind)) refusal = kindRefusal ?? t('access.hospitalOnly');
  else if (admin && !isAdmin) refusal = t('access.adminOnly');
  if (refusal || !active) {
    return (
      <Card>
        <Notice>{refusal}</Notice>
      </Card>
    );
  }
  return <>{children(active)}</>;
}
