import { useTranslation } from 'react-i18next';
import type { RecurringLesson } from '../../shared/api/recurrence';

const FIRST = 1998;
const LAST = 2025;

/**
 * A small bar per year across 1998–2025 (wider when quotes fall outside): when a lesson was
 * voiced, at a glance. A year axis marks the first and last year and each decade; each bar says
 * its year and count when pointed at.
 */
export function YearSparkline({ years, label }: { years: RecurringLesson['years']; label: string }) {
  const { t } = useTranslation();
  const first = Math.min(FIRST, ...years.map((y) => y.year));
  const last = Math.max(LAST, ...years.map((y) => y.year));
  const span = last - first + 1;
  const max = Math.max(1, ...years.map((y) => y.count));
  const width = 280;
  const chart = 28;
  const height = chart + 12;
  const bar = width / span;
  const ticks = [first, ...Array.from({ length: span }, (_, i) => first + i).filter((y) => y % 10 === 0 && y - first > 3 && last - y > 3), last];
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="sparkline" role="img" aria-label={label}>
      <line x1={0} x2={width} y1={chart - 1} y2={chart - 1} className="grid" />
      {years.map(({ year, count }) => {
        const h = Math.max(3, (count / max) * (chart - 4));
        return (
          <rect key={year} x={(year - first) * bar + 0.5} y={chart - 1 - h} width={Math.max(1, bar - 1)} height={h} rx={1}>
            <title>{t('recurrence.barTitle', { year, count })}</title>
          </rect>
        );
      })}
      {ticks.map((year, i) => (
        <text key={year} x={(year - first) * bar + bar / 2} y={height - 1} className="axis" textAnchor={i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'} aria-hidden="true">
          {year}
        </text>
      ))}
    </svg>
  );
}
