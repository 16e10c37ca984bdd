/**
 * The fast path of a Slides build: a persona with no slides in the open deck yet is drawn with one
 * Slides API `batchUpdate` (≈ one round trip) instead of hundreds of SlidesApp calls, from the same
 * slide plan and the same requests "Send to Slides" uses (../slides-requests.ts), so the slides
 * look and read back alike. Only where the user's grant reaches the open file (../direct-access.ts).
 *
 * SlidesApp loads the deck once and saves its own changes when the script ends (Google's Slides
 * lifecycle guide, https://developers.google.com/workspace/slides/api/guides/overview), so an
 * execution that writes through the API must not write through SlidesApp, and whatever SlidesApp
 * shows after the API write is the deck as it was: the slide list is tracked here instead
 * (`DirectExecution`). A batchUpdate is atomic ("if any request is not valid, then the entire
 * request will fail and nothing will be applied",
 * https://developers.google.com/workspace/slides/api/reference/rest/v1/presentations/batchUpdate),
 * so a refused one leaves the deck untouched and the SlidesApp path can still run.
 */

import type { SlidePart } from '../../layout/slide-plan';
import type { JourneyDocument, Persona } from '../../model/types';
import { utf8Length } from '../../share/utf8';
import { type DirectAccess, isRefusal, rememberDirectAccess } from '../direct-access';
import { MAX_BATCH_BYTES, type SlidesApi, type SlidesRequest } from '../rest-services';
import { partObjectId, partRequests } from '../slides-requests';
import type { PropertiesServiceApi } from '../ui';

/** One server call's builds (several personas may share it): what they did through the API. */
export interface DirectExecution {
  /** The personas this call builds, in order. */
  personas: readonly string[];
  /** The deck's slide ids since this call's first API write; SlidesApp's view is stale from then. */
  slides?: string[];
  /** A build of this call wrote through SlidesApp: its changes reach the API only when the script ends. */
  appWrote?: boolean;
  /** The answer of direct-access.ts, once a build of this call asked. */
  access?: DirectAccess;
}

export interface DirectDraw {
  requests: SlidesRequest[];
  slideIds: string[];
  tableIds: string[];
  /** UTF-8 bytes of the batchUpdate body. */
  bytes: number;
}

/**
 * Object ids the deck cannot hold yet: a random base-36 prefix per build (ids are 5–50 characters
 * of [a-zA-Z0-9_:-], unique among all pages and page elements of the presentation: CreateSlideRequest,
 * https://developers.google.com/workspace/slides/api/reference/rest/v1/presentations/request#createsliderequest).
 * A clash is refused by Google, atomically, and the next build draws another prefix.
 */
export function newPrefix(): string {
  return `jg${Math.random().toString(36).slice(2, 10)}`;
}

/** The requests that insert `parts` at `insertionIndex`, one slide each, in order. */
export function directDraw(
  doc: JourneyDocument,
  persona: Persona,
  parts: readonly SlidePart[],
  hints: boolean,
  insertionIndex: number,
): DirectDraw {
  const prefix = newPrefix();
  const requests: SlidesRequest[] = [];
  const slideIds: string[] = [];
  const tableIds: string[] = [];
  parts.forEach((part, i) => {
    const slideId = `${prefix}_s${i}`;
    slideIds.push(slideId);
    tableIds.push(partObjectId(slideId, 'table'));
    requests.push(
      ...partRequests(doc, persona, part, slideId, hints, { insertionIndex: insertionIndex + i }),
    );
  });
  return { requests, slideIds, tableIds, bytes: utf8Length(JSON.stringify({ requests })) };
}

/** Over the batch budget (../rest-services.ts): one atomic call or none, so SlidesApp draws it. */
export function tooBig(draw: DirectDraw): boolean {
  return draw.bytes > MAX_BATCH_BYTES;
}

/**
 * Sends the draw. 'refused' when Google refuses it as a permission matter, and nothing was
 * written. Google words a viewer's write ("The caller does not have permission") as it words a
 * withdrawn grant, so one `get` tells them apart: only a grant that no longer reaches the deck is
 * remembered (a viewer's build fails as read-only through SlidesApp, and reads keep the fast path).
 * Any other failure throws as it came.
 */
export function sendDraw(
  rest: SlidesApi,
  properties: PropertiesServiceApi,
  presentationId: string,
  draw: DirectDraw,
): 'drawn' | 'refused' {
  try {
    rest.Presentations.batchUpdate({ requests: draw.requests }, presentationId);
    return 'drawn';
  } catch (error) {
    if (!isRefusal(error)) throw error;
    rememberIfWithdrawn(rest, properties, presentationId);
    return 'refused';
  }
}

/** After a write refused as a permission matter: 'denied' is remembered only if a `get` is refused too. */
export function rememberIfWithdrawn(
  rest: SlidesApi,
  properties: PropertiesServiceApi,
  presentationId: string,
): void {
  try {
    rest.Presentations.get(presentationId, { fields: 'presentationId' });
  } catch (probe) {
    if (isRefusal(probe)) rememberDirectAccess(properties, presentationId, 'denied');
  }
}

/** Takes a draw back (its slides, with all on them) when its keys could not be saved. */
export function undoDraw(rest: SlidesApi, presentationId: string, draw: DirectDraw): void {
  rest.Presentations.batchUpdate(
    { requests: draw.slideIds.map((objectId) => ({ deleteObject: { objectId } })) },
    presentationId,
  );
}
