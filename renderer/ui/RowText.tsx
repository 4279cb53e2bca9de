/** A list row's text: the item, a secondary line, and an optional badge (a state the row must show, such as "los geraakt"). */
export function RowText({ primary, secondary, badge }: { primary: string; secondary?: string | null | undefined; badge?: string | null | undefined }) {
  return (
    <div className="row-text">
      <span className="row-primary">
        {badge ? <span className="badge warning">{badge}</span> : null}
        {badge ? ' ' : null}
        {primary}
      </span>
      {secondary ? <span className="row-secondary">{secondary}</span> : null}
    </div>
  );
}
