/**
 * Sharing RPCs: what journeys the open file holds, journeys and team templates as JSON files in
 * Drive, and snapshots kept in the file with the difference between two of them. Like every RPC,
 * each answers `{ ok, value }` or translated problems.
 */
import type { ListedFile, SavedFile } from '../hosts/drive/json-files';
import { readJsonFile } from '../hosts/drive/json-files';
import { parseDocumentJson } from '../model/migrate';
import { JourneyGridError, type Result } from '../model/problems';
import type { JourneyDocument } from '../model/types';
import { diffDocuments, type JourneyDiff } from '../share/diff';
import type { SavedSnapshot, SnapshotList } from '../share/snapshots';
import { parseTemplateJson, type TeamTemplate } from '../share/template';
import { driveContext, NO_DOCUMENT } from './drive-context';
import { runRpc, validOrThrow } from './errors';
import { describeOpenFile, type FileJourneys } from './file-journeys';
import { withDocumentLock } from './lock';
import { listSharedFiles, saveJourneyFile, saveTemplateFile } from './rpc-picker';
import { listSnapshots, loadSnapshot, saveSnapshot } from './snapshot-store';

export type { FileJourneys };

import { propertiesService } from './services';

function documentStore() {
  const store = propertiesService().getDocumentProperties();
  if (!store) throw new JourneyGridError([NO_DOCUMENT]);
  return store;
}

/** "This file holds 3 journeys: …" — from the keys the builder left, without reading cells. */
export function describeFile(): Result<FileJourneys | null> {
  return runRpc(() => ({ ok: true, value: describeOpenFile() }));
}

/** Saves the model as `<title>.journey.json` in the user's Drive (asks when that name is there: saveJourneyFile). */
export function saveToDrive(doc: JourneyDocument): Result<SavedFile> {
  return saveJourneyFile(doc, null, 'check');
}

/** The `.journey.json` files the add-on created or the user picked, newest first. */
export function listDriveJourneys(): Result<ListedFile[]> {
  return listSharedFiles('document');
}

/** Opens a `.journey.json` from Drive: validated, migrated from older schemaVersions. */
export function openFromDrive(fileId: string): Result<JourneyDocument> {
  return runRpc(() => parseDocumentJson(readJsonFile(driveContext(), fileId)));
}

/** Saves a team template; saving a template of the same name again updates it. */
export function saveTeamTemplate(template: TeamTemplate): Result<SavedFile> {
  return saveTemplateFile(template, null, 'check');
}

/** Team templates the add-on saved or the user picked (a teammate's, shared through Drive). */
export function listTeamTemplates(): Result<ListedFile[]> {
  return listSharedFiles('template');
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
