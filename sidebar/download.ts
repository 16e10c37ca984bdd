/** Saves a journey document as a .json file and reads one back from a file the user picked. */
import type { JourneyDocument } from '../src/model/types';

function fileName(title: string): string {
  const base = title
    .trim()
    .replace(/[\\/:*?"<>|\s]+/g, '-')
    .slice(0, 80);
  return `${base || 'journey'}.json`;
}

export function downloadJson(doc: JourneyDocument): void {
  const blob = new Blob([`${JSON.stringify(doc, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName(doc.title);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function readFileText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file);
  });
}
