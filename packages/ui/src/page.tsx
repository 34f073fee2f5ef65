import type { ReactNode } from 'react';

export function PageHeader({ title, lead }: { title: ReactNode; lead?: ReactNode }) {
  return (
    <div className="bk-page-header">
      <h1>{title}</h1>
      {lead ? <p className="bk-lead">{lead}</p> : null}
    </div>
  );
}

export function Card({
  title,
  id,
  children,
}: {
  title?: ReactNode;
  /** Anchor for links such as /account#mfa. */
  id?: string;
  children: ReactNode;
}) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section className="bk-card" id={id} aria-labelledby={title ? headingId : undefined}>
      {title ? <h2 id={headingId}>{title}</h2> : null}
      {children}
    </section>
  );
}

/** Label/value pairs, e.g. a status panel. */
export function FactList({
  items,
}: {
  items: { label: ReactNode; value: ReactNode; id: string }[];
}) {
  return (
    <dl className="bk-facts">
      {items.map((item) => (
        <div key={item.id} data-fact={item.id}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

export function Notice({ tone = 'info', children }: { tone?: NoticeTone; children: ReactNode }) {
  return (
    <div
      className={`bk-notice bk-notice-${tone}`}
      role={tone === 'error' || tone === 'warning' ? 'alert' : 'status'}
    >
      {children}
    </div>
  );
}

/** Secondary text, e.g. a hint under a heading. */
export function Muted({ children }: { children: ReactNode }) {
  return <p className="bk-muted">{children}</p>;
}

/** A row of headline numbers, e.g. the counts of a version comparison. */
export function Stats({
  label,
  items,
}: {
  /** Accessible name of the group. */
  label?: string;
  items: { id: string; label: ReactNode; value: ReactNode }[];
}) {
  return (
    <div role="group" aria-label={label}>
      <dl className="bk-stats">
        {items.map((item) => (
          <div key={item.id} data-stat={item.id}>
            <dt>{item.label}</dt>
            <dd>{item.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
