import { useRef } from 'react';

/**
 * A button that opens the file dialog: the input itself stays hidden but labelled (so a screen
 * reader and a test can find it), and is emptied after each choice so the same file can be
 * chosen again.
 */
export function FilePickerButton({ label, busyLabel, busy = false, accept, multiple = false, onFiles }: { label: string; busyLabel?: string; busy?: boolean; accept: string; multiple?: boolean; onFiles: (files: File[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" disabled={busy} onClick={() => input.current?.click()}>
        {busy && busyLabel ? busyLabel : label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        multiple={multiple}
        className="visually-hidden"
        aria-label={label}
        tabIndex={-1}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
    </>
  );
}
