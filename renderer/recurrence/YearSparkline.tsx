import type { RecurringLesson } from '../../shared/api/recurrence';

const FIRST = 1998;
const LAST = 2025;

/** A small bar per year across 1998–2025: when a lesson was voiced, at a glance. */
export function YearSparkline({ years, label }: { years: RecurringLesson['years']; label: string }) {
  const first = Math.min(FIRST, ...years.map((y) => y.year));
  const last = Math.max(LAST, ...years.map((y) => y.year));
  const span = last - first + 1;
  const max = Math.max(1, ...years.map((y) => y.count));
  const width = 280;
  const height = 28;
  const bar = width / span;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="sparkline" role="img" aria-label={label}>
      <line x1={0} x2={width} y1={height - 1} y2={height - 1} className="grid" />
      {years.map(({ year, count }) => {
        const h = Math.max(3, (count / max) * (height - 4));
        return <rect key={year} x={(year - first) * bar + 0.5} y={height - 1 - h} width={Math.max(1, bar - 1)} height={h} rx={1} />;
      })}
    </svg>
  );
}
