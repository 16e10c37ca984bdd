/**
 * The framework catalog's public surface: frameworks, the lane library, persona labels, beginner
 * hints and the builder of new journey documents, all pure data and functions.
 */

export { FRAMEWORKS, frameworkDef } from './frameworks';
export { blueprintLineLabel, hintFor } from './hints';
export { LANE_LIBRARY, laneDef } from './lanes';
export { type NewDocumentOptions, newJourneyDocument, type PersonaInput } from './new-document';
export { ANTI_PERSONA_BADGE, BUYING_ROLE_LABELS, PERSONA_FIELD_LABELS, type PersonaField } from './personas';
export { SAMPLE_PERSONA_ID, sampleJourney } from './samples';
export {
  AUDIENCES,
  type Audience,
  type FrameworkDef,
  type Label,
  type LaneDef,
  type StageDef,
} from './types';
