import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reason } from '../../shared/api/search';
import { useChannelQuery } from '../api/queries';
import { useNavigation } from '../app/navigation';
import { RelatedWordOffer } from './RelatedWordOffer';

interface HeardBeforeProps {
  text: string;
  quoteId?: string | undefined;
  linkedLessonIds: readonly string[];
  onLink(lessonId: string): void;
}

function ReasonText({ reason }: { reason: Reason }) {
  const { t } = useTranslation();
  const words = reason.words.join(', ');
  if (reason.kind === 'phrasing') return <>{t('heard.phrasing', { phrasing: reason.phrasing, words })}</>;
  if (reason.kind === 'nearest-evidence') return <>{t('heard.nearestEvidence', { excerpt: reason.excerpt, words })}</>;
  if (reason.kind === 'related-words') return <>{t('heard.relatedWords', { words })}</>;
  return <>{t('heard.sharedWords', { words })}</>;
}

/** When linking is unsure, its ranking is folded away: there to look at, not offered as an answer. */
function LessonList({ unsure, count, children }: { unsure: boolean; count: number; children: ReactNode }) {
  const { t } = useTranslation();
  if (!unsure) return <>{children}</>;
  return (
    <details className="unsure-lessons">
      <summary>{t('heard.showAnyway', { count })}</summary>
      {children}
    </details>
  );
}

/**
 * "Eerder gehoord": the lessons this passage most likely belongs to and earlier quotes that say
 * something similar, each with the reason, and one click to link.
 */
export function HeardBefore({ text, quoteId, linkedLessonIds, onLink }: HeardBeforeProps) {
  const { t } = useTranslation();
  const nav = useNavigation();
  const enabled = text.trim().length >= 3;
  const { data } = useChannelQuery('linking.suggest', { text: text.slice(0, 20_000) || ' ', limit: 5, ...(quoteId ? { quoteId } : {}) }, { enabled });
  if (!enabled || !data) return null;
  // Lessons linked by hand that were not recognised (not suggested, or only without a reason).
  const recognised = new Set(data.unsure ? [] : data.lessons.filter((s) => s.reasons.length > 0).map((s) => s.lessonId));
  const unrecognised = quoteId ? linkedLessonIds.filter((id) => !recognised.has(id)) : [];
  return (
    <section className="heard-before" aria-labelledby="heard-title">
      <h3 id="heard-title">{t('heard.title')}</h3>
      {data.lessons.length === 0 && data.quotes.length === 0 && !data.unsure && <p className="muted">{t('heard.nothing')}</p>}
      {data.unsure && (
        <p className="muted" role="status">
          {t('heard.unsure')}
        </p>
      )}
      {data.lessons.length > 0 && (
        <LessonList unsure={data.unsure} count={data.lessons.length}>
        <ul className="suggestions" aria-label={t('heard.lessons')}>
          {data.lessons.map((s) => {
            const linked = linkedLessonIds.includes(s.lessonId);
            return (
              <li key={s.lessonId}>
                <div className="suggestion-text">
                  <span className="row-primary">{s.title}</span>
                  {s.reasons.length === 0 && <span className="row-secondary reason">{t('heard.noSharedWords')}</span>}
                  {s.reasons.map((reason, i) => (
                    <span key={i} className="row-secondary reason">
                      <ReasonText reason={reason} />
                    </span>
                  ))}
                </div>
                <button type="button" disabled={linked} onClick={() => onLink(s.lessonId)} aria-label={linked ? t('heard.linkedTo', { title: s.title }) : t('heard.linkTo', { title: s.title })}>
                  {linked ? t('heard.linked') : t('heard.link')}
                </button>
              </li>
            );
          })}
        </ul>
        </LessonList>
      )}
      {quoteId && unrecognised.map((lessonId) => <RelatedWordOffer key={lessonId} quoteId={quoteId} lessonId={lessonId} />)}
      {data.quotes.length > 0 && (
        <>
          <h4>{t('heard.earlier')}</h4>
          <ul className="suggestions" aria-label={t('heard.earlier')}>
            {data.quotes.map((q) => (
              <li key={q.quoteId}>
                <button type="button" className="evidence-item" onClick={() => nav.go('quotes', q.quoteId)}>
                  <span className="quote-text">“{q.text}”</span>
                  <span className="row-secondary">{[q.speakerName, q.dateSaid, q.sourceTitle].filter(Boolean).join(' · ')}</span>
                  {q.reasons.map((reason, i) => (
                    <span key={i} className="row-secondary reason">
                      <ReasonText reason={reason} />
                    </span>
                  ))}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
