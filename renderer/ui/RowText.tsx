export function RowText({ primary, secondary }: { primary: string; secondary?: string | null | undefined }) {
  return (
    <div className="row-text">
      <span className="row-primary">{primary}</span>
      {secondary ? <span className="row-secondary">{secondary}</span> : null}
    </div>
  );
}
