import { exportInWorker } from '../export/export-in-worker';
import type { HandlerGroup } from '../handler-types';
import { importProject } from './import-project';
import { researcherName } from './write-project-export';

export const projectsHandlers: HandlerGroup<'projects.export' | 'projects.import'> = {
  'projects.export': (library, { format }) => exportInWorker(library, { kind: 'project', format, originalsDir: library.originalsDir, researcher: researcherName() }),
  'projects.import': (library, { fileName, dataBase64 }) => importProject(library, fileName, Buffer.from(dataBase64, 'base64')),
};
