import { formatBytes } from './bytes.ts';
import type { CourseIndex } from '../schemas/course-index.ts';
// Pure rules behind "download this course": the index of course files the build writes, which files a download
// fetches, what is already stored, and the words and sizes the download control and the header show.

/** The index of course files, written next to sw.js by the build and fetched by the worker when it needs it. */
export const COURSE_INDEX = 'offline-index.json';

/** Where the worker keeps the chapters a learner asked for, in its course cache, so a download resumes and survives an update. */
export const DOWNLOAD_RECORD = '__offline-download.json';

/** The files a download of `chapters` (ids) fetches: the common files first, then each chapter's, once each. */
export function selectedFiles(index: CourseIndex, chapters: readonly string[]): string[] {
  const wanted = new Set(chapters);
  return [...new Set([...index.common, ...index.chapters.filter((c) => wanted.has(c.id)).flatMap((c) => c.files)])];
}

/** Bytes of `files` as the index counts them. */
export const bytesOf = (index: CourseIndex, files: readonly string[]) => files.reduce((n, f) => n + (index.files[f]?.[1] ?? 0), 0);

/** A cached course file and the revision it was stored with. */
export type Stored = ReadonlyMap<string, string>;

/** The files of `files` still to fetch: not stored, or stored from another build's revision. */
export function missingFiles(index: CourseIndex, files: readonly string[], stored: Stored): string[] {
  return files.filter((f) => stored.get(f) !== index.files[f]?.[0]);
}

/** How much of one part of the course (a chapter, or all of it) is stored. */
export interface PartCoverage {
  id: string;
  title: string;
  bytes: number;
  storedBytes: number;
}

/** What is stored, part by part: the whole course and each chapter (each counts the common files too). */
export interface Coverage {
  course: PartCoverage;
  chapters: PartCoverage[];
}

/** Sums what of the course and of each chapter is stored now. */
export function coverage(index: CourseIndex, stored: Stored): Coverage {
  const part = (id: string, title: string, files: string[]): PartCoverage => ({
    id,
    title,
    bytes: bytesOf(index, files),
    storedBytes: bytesOf(
      index,
      files.filter((f) => stored.get(f) === index.files[f]?.[0]),
    ),
  });
  const all = index.chapters.map((c) => c.id);
  return {
    course: part('course', 'Whole course', selectedFiles(index, all)),
    chapters: index.chapters.map((c) => part(c.id, c.title, selectedFiles(index, [c.id]))),
  };
}

/** Whether every file of a part is stored. */
export const complete = (p: PartCoverage) => p.storedBytes >= p.bytes;

/** The header's words for what opens offline: the whole course, some chapters, this page, or nothing yet. */
export function coverageText(cov: Coverage | undefined, pageStored: boolean): string {
  if (cov && complete(cov.course)) return 'Available offline: whole course';
  const chapters = cov?.chapters.filter(complete) ?? [];
  if (chapters.length === 1) return `Available offline: ${chapters[0]!.title}`;
  if (chapters.length > 1) return `Available offline: ${chapters.length} chapters`;
  return pageStored ? 'Available offline: this page' : 'Available offline';
}

/** The label of the button for one part: "Download course, 3.6 MB", "Resume chapter 9, 1.2 MB left", or that it is stored. */
export function downloadLabel(part: PartCoverage, noun: string): string {
  if (complete(part)) return `${noun[0]!.toUpperCase()}${noun.slice(1)} downloaded, ${formatBytes(part.bytes)}`;
  if (part.storedBytes > 0) return `Download the rest of ${noun}, ${formatBytes(part.bytes - part.storedBytes)} left`;
  return `Download ${noun}, ${formatBytes(part.bytes)}`;
}

/** What a running or ended download reports to the pages. */
export interface DownloadProgress {
  state: 'running' | 'done' | 'cancelled' | 'offline' | 'quota' | 'failed';
  doneBytes: number;
  totalBytes: number;
}

/** The sentence under the progress bar. */
export function progressText(p: DownloadProgress): string {
  const of = `${formatBytes(p.doneBytes)} of ${formatBytes(p.totalBytes)}`;
  switch (p.state) {
    case 'running':
      return `Downloading: ${of}`;
    case 'done':
      // The buttons above say what is stored and its size; this says only that the download ended well.
      return 'Download complete: available offline.';
    case 'cancelled':
      return `Download cancelled: ${of} kept`;
    case 'offline':
      return `Connection lost: ${of}. The download resumes when you are back online.`;
    case 'quota':
      return `Not enough storage: ${of} kept. Free some space in the browser and try again.`;
    case 'failed':
      return `The download stopped: ${of} kept. Try again.`;
  }
}

/** The sentence about storage: what the browser grants (navigator.storage.estimate()) and whether it is kept. */
export function storageText(estimate: { usage?: number; quota?: number } | undefined, persisted: boolean | undefined): string {
  const parts: string[] = [];
  if (estimate?.quota) parts.push(`This site uses ${formatBytes(estimate.usage ?? 0)} of the ${formatBytes(estimate.quota)} the browser allows.`);
  else parts.push('This browser does not say how much storage it allows.');
  if (persisted === true) parts.push('The browser keeps it until you remove it.');
  else if (persisted === false) parts.push('The browser may clear it if space runs low or the site goes unvisited.');
  return parts.join(' ');
}

/** A course file's key: its URL path relative to the worker's scope, without query or hash, a page by its folder. */
export function courseKey(url: string, scope: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url, scope);
  } catch {
    return undefined;
  }
  const root = new URL(scope);
  if (u.origin !== root.origin || !u.pathname.startsWith(root.pathname)) return undefined;
  return decodeURI(u.pathname.slice(root.pathname.length)).replace(/(^|\/)index\.html$/, '$1');
}

/** What the worker answers a page's STATUS message with. */
export interface WorkerStatus {
  /** Undefined when the worker has no usable index (a corrupt or stale one, or none reachable). */
  coverage: Coverage | undefined;
  /** Whether the page that asked is stored. */
  pageStored: boolean;
  /** The chapters the learner asked to download. */
  asked: string[];
  /** The download running now, if any. */
  progress: DownloadProgress | undefined;
}

/** True when a download was asked for and is not complete: the page resumes it once it is online. */
export function shouldResume(status: WorkerStatus): boolean {
  if (status.progress || status.asked.length === 0 || !status.coverage) return false;
  const parts = status.asked.map((id) => status.coverage!.chapters.find((c) => c.id === id)).filter((p) => p !== undefined);
  return parts.some((p) => !complete(p));
}

/** Added to the search summary when some matching lessons could not be read because they are not downloaded (offline). */
export function notDownloadedNote(missing: number): string {
  if (missing <= 0) return '';
  return `. ${missing} more ${missing === 1 ? 'lesson matches' : 'lessons match'} but ${missing === 1 ? 'is' : 'are'} not downloaded for offline use`;
}

/** What an offline search that found nothing adds: offline, search sees only what is downloaded (the index included). */
export function offlineNoResultsNote(found: number, online: boolean): string {
  return found === 0 && !online ? '. Offline, search covers only what is downloaded: download the course from the home page to search all of it' : '';
}
