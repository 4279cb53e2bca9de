/** An error that screen readers announce; nothing when there is none. */
export function ErrorText({ message, inline = false }: { message: string | null | undefined; inline?: boolean }) {
  if (!message) return null;
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag className="field-error" role="alert">
      {message}
    </Tag>
  );
}
