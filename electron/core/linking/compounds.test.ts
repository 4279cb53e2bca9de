import { describe, expect, it } from 'vitest';
import { splitCompound } from './compounds';
import { stem } from './dutch-text';

describe('Dutch compound splitting from the OpenTaal lexicon', () => {
  it.each([
    ['doorzettingsmacht', ['doorzettings', 'macht']],
    ['wijkaanpak', ['wijk', 'aanpak']],
    ['buurtbewonersavond', ['buurt', 'bewoners', 'avond']],
    ['jeugdoverlast', ['jeugd', 'overlast']],
    ['bestuursperiode', ['bestuurs', 'periode']],
    ['keukentafelgesprek', ['keuken', 'tafel', 'gesprek']],
    ['bewonersparticipatie', ['bewoners', 'participatie']],
    ['wijkvernieuwing', ['wijk', 'vernieuwing']],
  ])('%s', (word, parts) => {
    expect(splitCompound(word)).toEqual(parts);
  });

  it.each(['gemeente', 'veiligheid', 'verandering', 'bewoners', 'samen'])('leaves %s whole', (word) => {
    expect(splitCompound(word)).toEqual([]);
  });
});

describe('stems that meet across Dutch spelling', () => {
  it.each([
    ['stoppen', 'stop'],
    ['blijven', 'blijf'],
    ['jaren', 'jaar'],
    ['verbinden', 'verbinding'],
    ['hopen', 'hoop'],
  ])('%s meets %s', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });
});
