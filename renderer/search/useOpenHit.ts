import { useApi } from '../api/ApiProvider';
import type { SearchHit } from '../../shared/api/search';
import { useNavigation } from '../app/navigation';
import { SECTION_OF } from './open-hit';

export function useOpenHit() {
  const nav = useNavigation();
  const api = useApi();
  return async (hit: SearchHit) => {
    const section = SECTION_OF[hit.kind];
    if (section) return nav.go(section, hit.id);
    if (hit.kind === 'note') {
      const note = await api.call('notes.get', { id: hit.id });
      const target = note.target && SECTION_OF[note.target.kind];
      if (note.target && target) nav.go(target, note.target.id);
    }
  };
}
