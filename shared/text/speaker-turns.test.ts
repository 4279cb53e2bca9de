import { describe, expect, it } from 'vitest';
import { looksLikeTranscript, nameLabelOfLine, speakerAt, speakersOf } from './speaker-turns';

const transcript = 'Interviewer: Hoe begon het?\nAnna de Wit: Met twintig pilots.\nDaarna werd het stil.\nInterviewer: En nu?\nAnna de Wit: Nu kiezen we voor de lange termijn.';

describe('speaker turns', () => {
  it('finds speakers in order and recognises a transcript', () => {
    expect(speakersOf(transcript)).toEqual(['Interviewer', 'Anna de Wit']);
    expect(looksLikeTranscript(transcript)).toBe(true);
    expect(looksLikeTranscript('Gewone tekst.\nNoot: dit is geen spreker.\nMeer tekst.')).toBe(false);
  });

  it('does not take URLs, notes or long sentences for speakers', () => {
    expect(nameLabelOfLine('https://example.org')).toBeNull();
    expect(nameLabelOfLine('Noot: iets')).toBeNull();
    expect(nameLabelOfLine('Dit is een hele lange zin die toevallig een dubbele punt heeft: ja')).toBeNull();
  });

  it('does not take a heading or a sentence with a colon in an article for a speaker', () => {
    const article = [
      'Reinout Kleinhans over dertig jaar wijkaanpak.',
      'Casus: de Rotterdamse Stadsmarinier',
      'De stadsmariniers werken sinds 2002 in de wijken.',
      'Je hebt elkaar nodig: bewoners, corporaties en gemeente.',
      'Volgens Kleinhans is dat de les die steeds terugkomt.',
      'Aanpak Zuid: een programma van twintig jaar.',
      'Dat vraagt om geduld.',
    ].join('\n');
    expect(speakersOf(article)).toEqual([]);
    expect(looksLikeTranscript(article)).toBe(false);
    expect(nameLabelOfLine('Je hebt elkaar nodig: bewoners')).toBeNull();
    expect(nameLabelOfLine('Anna van der Berg: Ja.')).toBe('Anna van der Berg');
  });

  it('takes a short exchange, each speaking once, as speakers', () => {
    expect(speakersOf('Anna: Eerst veiligheid.\nBram: Dan de rest.')).toEqual(['Anna', 'Bram']);
  });

  it('knows who was speaking at a position, also on a following line', () => {
    expect(speakerAt(transcript, transcript.indexOf('twintig'))).toBe('Anna de Wit');
    expect(speakerAt(transcript, transcript.indexOf('stil'))).toBe('Anna de Wit');
    expect(speakerAt(transcript, transcript.indexOf('En nu'))).toBe('Interviewer');
    expect(speakerAt('Geen sprekers hier.', 3)).toBeNull();
  });
});
