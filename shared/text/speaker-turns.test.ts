import { describe, expect, it } from 'vitest';
import { looksLikeTranscript, speakerAt, speakerOfLine, speakersOf } from './speaker-turns';

const transcript = 'Interviewer: Hoe begon het?\nAnna de Wit: Met twintig pilots.\nDaarna werd het stil.\nInterviewer: En nu?\nAnna de Wit: Nu kiezen we voor de lange termijn.';

describe('speaker turns', () => {
  it('finds speakers in order and recognises a transcript', () => {
    expect(speakersOf(transcript)).toEqual(['Interviewer', 'Anna de Wit']);
    expect(looksLikeTranscript(transcript)).toBe(true);
    expect(looksLikeTranscript('Gewone tekst.\nNoot: dit is geen spreker.\nMeer tekst.')).toBe(false);
  });

  it('does not take URLs, notes or long sentences for speakers', () => {
    expect(speakerOfLine('https://example.org')).toBeNull();
    expect(speakerOfLine('Noot: iets')).toBeNull();
    expect(speakerOfLine('Dit is een hele lange zin die toevallig een dubbele punt heeft: ja')).toBeNull();
  });

  it('knows who was speaking at a position, also on a following line', () => {
    expect(speakerAt(transcript, transcript.indexOf('twintig'))).toBe('Anna de Wit');
    expect(speakerAt(transcript, transcript.indexOf('stil'))).toBe('Anna de Wit');
    expect(speakerAt(transcript, transcript.indexOf('En nu'))).toBe('Interviewer');
    expect(speakerAt('Geen sprekers hier.', 3)).toBeNull();
  });
});
