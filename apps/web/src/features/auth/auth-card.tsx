import type { ReactNode } from 'react';
import { Card, PageHeader } from '@bunkai/ui';

/** A page before sign-in: heading and lead, an optional notice, the form's card, links below. */
export function AuthCard({
  title,
  lead,
  notice,
  links,
  children,
}: {
  title: string;
  lead: string;
  notice?: ReactNode;
  links?: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <PageHeader title={title} lead={lead} />
      {notice}
      <Card>{children}</Card>
      {links}
    </>
  );
}
