/**
 * Shapes of the framework catalog: the bilingual definitions of frameworks (stages in order),
 * the lane library they draw their rows from, and the labels every menu and grid shows. The
 * catalog is pure data bundled into Apps Script, so these are plain JSON-like types.
 */

import type { Translated } from '../model/problems';
import type { BlueprintLine, LaneKind } from '../model/types';

/** Every user-visible catalog text exists in both languages. */
export type Label = Translated;

/** Who a framework suits: business buyers, consumers, or UX / service design work. */
export type Audience = 'b2b' | 'b2c' | 'ux';
export const AUDIENCES: readonly Audience[] = ['b2b', 'b2c', 'ux'];

export interface StageDef {
  id: string;
  label: Label;
  /** Id of an earlier stage people keep returning to (drawn as a loop; the grid stays linear). */
  loopsBackTo?: string;
}

export interface LaneDef {
  id: string;
  label: Label;
  kind: LaneKind;
  /** A service-blueprint line drawn just above this lane. */
  lineAbove?: BlueprintLine;
  /** Grey example text for beginners; never read back as content. */
  example: Label;
}

export interface FrameworkDef {
  id: string;
  name: Label;
  /** One line for the template menu (≤ 60 Japanese / ≤ 90 English characters). */
  whenToUse: Label;
  audiences: Audience[];
  stages: StageDef[];
  /** The stages are only a starting point the user replaces (blueprints, experience maps). */
  stagesAreUserChosen?: boolean;
  /** Default lanes, in order: ids into the lane library. */
  laneIds: string[];
  /** Per-stage beginner hints that override a lane's generic example: lane id → stage id → text. */
  hints?: Record<string, Record<string, Label>>;
  /** Credit line shown in the template menu. */
  source: Label;
}
