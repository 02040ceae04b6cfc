/** Hands a downloaded file to the browser under a name, as a link with `download` would. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the address can go once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
