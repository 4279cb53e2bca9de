import { useTranslation } from 'react-i18next';
import { parsePartialDate } from '../../shared/dates/partial-date';
import type { TimelineMark } from '../../shared/api/recurrence';
import { useChannelQuery } from '../api/queries';
import { useNavigation } from '../app/navigation';

const WIDTH = 820;
const LEFT = 150;
const RIGHT = 16;
const LANE = 26;
const TOP = 12;
const AXIS = 26;

/** Where in its year a date falls; a date known only by year sits mid-year. */
function position(mark: TimelineMark): number {
  const parsed = parsePartialDate(mark.dateSaid);
  if (!parsed) return mark.year + 0.5;
  if (parsed.month === null) return parsed.year + 0.5;
  return parsed.year + (parsed.month - 1) / 12 + (parsed.day === null ? 1 / 24 : (parsed.day - 1) / 365);
}

/** The colours of the marks, in the order of the legend. */
const STANCES = ['supports', 'nuances', 'challenges'] as const;

/**
 * The lesson over the years: one mark per dated quote, one lane per speaker, coloured by stance.
 * Each mark is a button that opens its quote; the summary line says the span in words.
 */
export function LessonTimeline({ lessonId }: { lessonId: string }) {
  const { t } = useTranslation();
  const nav = useNavigation();
  const { data } = useChannelQuery('lessons.timeline', { id: lessonId });
  if (!data) return null;
  const { marks } = data;
  const first = Math.min(data.firstYear ?? 1998, 1998);
  const last = Math.max(data.latestYear ?? 2025, 2025) + 1;
  const speakers = [...new Set(marks.map((m) => m.speakerName ?? t('recurrence.unknownSpeaker')))];
  const height = TOP + Math.max(1, speakers.length) * LANE + AXIS;
  const x = (value: number) => LEFT + ((value - first) / (last - first)) * (WIDTH - LEFT - RIGHT);
  const ticks = [];
  for (let year = Math.ceil(first / 5) * 5; year <= last; year += 5) ticks.push(year);

  return (
    <section className="timeline" aria-label={t('recurrence.timelineTitle')}>
      <h3>{t('recurrence.timelineTitle')}</h3>
      <p className="timeline-summary">
        {data.firstYear === null
          ? t('recurrence.noDates')
          : t('recurrence.summary', {
              first: data.firstYear,
              latest: data.latestYear ?? data.firstYear,
              count: marks.length,
              speakers: data.speakers,
              places: data.places,
              programmes: data.programmes,
            })}
        {data.undated > 0 && ` ${t('recurrence.undated', { count: data.undated })}`}
      </p>
      {marks.length > 0 && (
        <svg viewBox={`0 0 ${WIDTH} ${height}`} className="timeline-plot" role="group" aria-label={t('recurrence.plotLabel', { count: marks.length })}>
          {ticks.map((year) => (
            <g key={year} aria-hidden="true">
              <line x1={x(year)} x2={x(year)} y1={TOP - 6} y2={height - AXIS + 4} className="grid" />
              <text x={x(year)} y={height - 8} textAnchor="middle" className="axis-label">
                {year}
              </text>
            </g>
          ))}
          {speakers.map((name, lane) => (
            <text key={name} x={LEFT - 10} y={TOP + lane * LANE + LANE / 2 + 4} textAnchor="end" className="lane-label" aria-hidden="true">
              {name.length > 20 ? `${name.slice(0, 19)}…` : name}
            </text>
          ))}
          {marks.map((mark) => {
            const lane = speakers.indexOf(mark.speakerName ?? t('recurrence.unknownSpeaker'));
            const label = `${mark.speakerName ?? t('recurrence.unknownSpeaker')}, ${mark.dateSaid}${mark.place ? `, ${mark.place}` : ''} (${t(`quotes.stances.${mark.stance}`)}): “${mark.text.slice(0, 120)}”`;
            return (
              <g
                key={mark.quoteId}
                role="button"
                tabIndex={0}
                aria-label={label}
                className={`timeline-mark stance-${mark.stance}`}
                data-testid="timeline-mark"
                onClick={() => nav.go('quotes', mark.quoteId)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    nav.go('quotes', mark.quoteId);
                  }
                }}
              >
                <title>{label}</title>
                <circle cx={x(position(mark))} cy={TOP + lane * LANE + LANE / 2} r={7} />
              </g>
            );
          })}
        </svg>
      )}
      {marks.length > 0 && (
        <ul className="timeline-legend" aria-label={t('recurrence.legendTitle')}>
          {STANCES.map((stance) => (
            <li key={stance}>
              <span className={`legend-dot stance-${stance}`} aria-hidden="true" />
              {t(`quotes.stances.${stance}`)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
