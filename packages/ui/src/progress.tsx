/**
 * A horizontal bar for a share of a whole, e.g. the rows both parties agreed. `label` names it for
 * assistive technology; the visible text is up to the caller.
 */
export function ProgressBar({
  value,
  label,
  valueText,
}: {
  /** 0–100. */
  value: number;
  label: string;
  /** Read out instead of the bare number, e.g. "42%（84 / 200 行）". */
  valueText?: string;
}) {
  const clamped = Math.min(100, Math.max(0, value));
  return (
    <div
      className="bk-progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={clamped}
      aria-valuetext={valueText}
    >
      <div className="bk-progress-fill" style={{ width: `${clamped}%` }} />
    </div>
  );
}
