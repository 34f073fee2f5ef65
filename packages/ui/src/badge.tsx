import type { ReactNode } from 'react';
import type { Tone } from '@bunkai/model';

/** How a badge stands out; the model gives each status its tone. */
export type BadgeTone = Tone;

/** A short status label, e.g. 招待の状態 or MFA 有効; `title` explains it on hover. */
export function Badge({
  tone = 'neutral',
  title,
  children,
}: {
  tone?: BadgeTone;
  title?: string;
  children: ReactNode;
}) {
  return (
    <span className={`bk-badge bk-badge-${tone}`} title={title}>
      {children}
    </span>
  );
}
