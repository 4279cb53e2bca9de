import { basename, extname } from 'node:path';
import { nameLabelOfLine } from '../../../../shared/text/speaker-turns';
import { AppError } from '../../errors';
import type { ImportedDocument } from '../imported-document';
import { decodeUtf8 } from '../text-decoding';

const TIMING = /^\s*(\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->\s*(\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}/;

interface Turn {
  speaker: string | null;
  text: string;
}

/** Cue text to a speaker and words: "<v Anna>..." in WebVTT, "Anna: ..." in either format. */
function turnOf(lines: string[]): Turn {
  let text = lines.join(' ').trim();
  let speaker: string | null = null;
  const voice = /^<v(?:\.[^ >]*)?\s+([^>]+)>/.exec(text);
  if (voice?.[1]) {
    speaker = voice[1].trim();
    text = text.slice(voice[0].length);
  }
  text = text.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').trim();
  if (!speaker) {
    const named = nameLabelOfLine(text);
    if (named) {
      speaker = named;
      text = text.slice(text.indexOf(':') + 1).trim();
    }
  }
  return { speaker, text };
}

/**
 * WebVTT and SubRip: the cues become "Naam: tekst" turns (consecutive cues of one speaker joined),
 * so the canonical text reads like a transcript and its speakers are found like any other.
 */
export function importSubtitles(fileName: string, bytes: Uint8Array): ImportedDocument {
  const source = decodeUtf8(bytes, fileName);
  const vtt = /\.vtt$/i.test(fileName);
  if (vtt && !/^WEBVTT/.test(source)) throw new AppError('invalid_input', 'notWebVtt', { name: fileName });
  const turns: Turn[] = [];
  for (const block of source.split(/\n\s*\n/)) {
    const lines = block.split('\n');
    const timing = lines.findIndex((line) => TIMING.test(line));
    if (timing === -1) continue;
    const turn = turnOf(lines.slice(timing + 1).filter((l) => l.trim() !== ''));
    if (!turn.text) continue;
    const last = turns[turns.length - 1];
    if (last && last.speaker === turn.speaker) last.text += ` ${turn.text}`;
    else turns.push(turn);
  }
  if (turns.length === 0) throw new AppError('invalid_input', 'noSubtitles', { name: fileName });
  const text = turns.map((t) => (t.speaker ? `${t.speaker}: ${t.text}` : t.text)).join('\n\n');
  return {
    title: basename(fileName, extname(fileName)) || 'Transcript',
    text,
    kind: 'transcript',
    mime: vtt ? 'text/vtt' : 'application/x-subrip',
  };
}
