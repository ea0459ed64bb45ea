/**
 * Saves a fetched file through a temporary link to a blob: URL. Downloads go through fetch (not a bare link) so the
 * request carries the console's language, which names areas in CSV files, and a failure can be shown.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
