import type { ReactNode } from 'react';

export function PageHeader({ title, lead }: { title: ReactNode; lead?: ReactNode }) {
  return (
    <div className="bk-page-header">
      <h1>{title}</h1>
      {lead ? <p className="bk-lead">{lead}</p> : null}
    </div>
  );
}

export function Card({ title, children }: { title?: ReactNode; children: ReactNode }) {
  return (
    <section className="bk-card">
      {title ? <h2>{title}</h2> : null}
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

export function Notice({
  tone = 'info',
  children,
}: {
  tone?: 'info' | 'error';
  children: ReactNode;
}) {
  return (
    <p className={`bk-notice bk-notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </p>
  );
}
