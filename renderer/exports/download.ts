import type { ApiClient } from '../api/client';

/**
 * Saves an export through the browser's own download (the same in Electron, which asks where):
 * the file was written by core, and is fetched by its download id, never passed as base64.
 */
export function download(api: ApiClient, file: { fileName: string; downloadId: string }): void {
  const link = document.createElement('a');
  link.href = api.downloadUrl(file.downloadId);
  link.download = file.fileName;
  link.click();
}
