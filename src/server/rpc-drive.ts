/**
 * Sharing RPCs: what journeys the open file holds, journeys and team templates as JSON files in
 * Drive, and snapshots kept in the file with the difference between two of them. Like every RPC,
 * each answers `{ ok, value }` or translated problems.
 */
import type { DriveContext, ListedFile, SavedFile } from '../hosts/drive/json-files';
import { listJsonFiles, readJsonFile, saveJsonFile } from '../hosts/drive/json-files';
import { parseDocumentJson } from '../model/migrate';
import { JourneyGridError, problem, type Result } from '../model/problems';
import type { JourneyDocument } from '../model/types';
import { diffDocuments, type JourneyDiff } from '../share/diff';
import type { SavedSnapshot, SnapshotList } from '../share/snapshots';
import { parseTemplateJson, type TeamTemplate, validateTemplate } from '../share/template';
import { runRpc, validOrThrow } from './errors';
import { describeOpenFile, type FileJourneys } from './file-journeys';
import { withDocumentLock } from './lock';
import { listSnapshots, loadSnapshot, saveSnapshot } from './snapshot-store';

export type { FileJourneys };

import { SERVER_MESSAGES as M } from './messages';
import { openFile, propertiesService } from './services';

const NO_DRIVE = problem('', 'drive-unavailable', M.noDrive);
const NO_DOCUMENT = problem('', 'no-document', M.noDocument);

function driveContext(): DriveContext {
  if (typeof Drive === 'undefined' || !Drive || typeof Utilities === 'undefined')
    throw new JourneyGridError([NO_DRIVE]);
  return { drive: Drive, utilities: Utilities };
}

/** The open document's id: a second save from the same document updates the same Drive file. */
function activeDocumentId(): string {
  const file = openFile();
  if (!file) throw new JourneyGridError([NO_DOCUMENT]);
  return (file.host === 'sheets' ? file.spreadsheet : file.deck).getId();
}

function documentStore() {
  const store = propertiesService().getDocumentProperties();
  if (!store) throw new JourneyGridError([NO_DOCUMENT]);
  return store;
}

/** "This file holds 3 journeys: …" — from the keys the builder left, without reading cells. */
export function describeFile(): Result<FileJourneys | null> {
  return runRpc(() => ({ ok: true, value: describeOpenFile() }));
}

/** Saves the model as `<title>.journey.json` in the user's Drive; saving again updates that file. */
export function saveToDrive(doc: JourneyDocument): Result<SavedFile> {
  return runRpc(() => {
    const valid = validOrThrow(doc);
    const json = `${JSON.stringify(valid, null, 2)}\n`;
    return {
      ok: true,
      value: saveJsonFile(driveContext(), 'document', valid.title, activeDocumentId(), json),
    };
  });
}

/** The `.journey.json` files the add-on created, newest first. */
export function listDriveJourneys(): Result<ListedFile[]> {
  return runRpc(() => ({ ok: true, value: listJsonFiles(driveContext(), 'document') }));
}

/** Opens a `.journey.json` from Drive: validated, migrated from older schemaVersions. */
export function openFromDrive(fileId: string): Result<JourneyDocument> {
  return runRpc(() => parseDocumentJson(readJsonFile(driveContext(), fileId)));
}

/** Saves a team template; saving a template of the same name again updates it. */
export function saveTeamTemplate(template: TeamTemplate): Result<SavedFile> {
  return runRpc(() => {
    const valid = validateTemplate(template);
    if (!valid.ok) return valid;
    const json = `${JSON.stringify(valid.value, null, 2)}\n`;
    const source = `template:${valid.value.name.trim().toLowerCase()}`;
    return { ok: true, value: saveJsonFile(driveContext(), 'template', valid.value.name, source, json) };
  });
}

export function listTeamTemplates(): Result<ListedFile[]> {
  return runRpc(() => ({ ok: true, value: listJsonFiles(driveContext(), 'template') }));
}

export function openTeamTemplate(fileId: string): Result<TeamTemplate> {
  return runRpc(() => parseTemplateJson(readJsonFile(driveContext(), fileId)));
}

/** Keeps this read-back as a snapshot in the file itself (oldest dropped first when full). */
export function takeSnapshot(doc: JourneyDocument): Result<SavedSnapshot> {
  return runRpc(() => {
    const valid = validOrThrow(doc);
    return withDocumentLock(() => saveSnapshot(documentStore(), valid, new Date()));
  });
}

export function listJourneySnapshots(): Result<SnapshotList> {
  return runRpc(() => ({ ok: true, value: listSnapshots(documentStore()) }));
}

/** What changed between two snapshots: cells added, changed and removed per persona and stage. */
export function compareSnapshots(olderId: string, newerId: string): Result<JourneyDiff> {
  return runRpc(() => {
    const store = documentStore();
    const older = loadSnapshot(store, olderId);
    if (!older.ok) return older;
    const newer = loadSnapshot(store, newerId);
    if (!newer.ok) return newer;
    return { ok: true, value: diffDocuments(older.value, newer.value) };
  });
}
