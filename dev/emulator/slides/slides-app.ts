/**
 * The SlidesApp global: the active presentation (null when the script is not running in a deck),
 * the editor UI (only inside a deck, like SpreadsheetApp's outside a spreadsheet) and the enums.
 */

import type {
  ContentAlignment,
  DashStyle,
  LineCategory,
  PageElementType,
  ParagraphAlignment,
  PredefinedLayout,
  Presentation,
  ShapeType,
  SlidesAppService,
} from '../../user-surface/slides';
import type { EmulatorContext } from '../context';
import { exception } from '../errors';
import { ServiceObject } from '../expose';
import { UiImpl } from '../ui';
import { presentationOf } from './objects';

function enumOf<T, const K extends string>(names: readonly K[]): { readonly [P in K]: T } {
  const out: Partial<Record<K, T>> = {};
  for (const name of names) out[name] = name as unknown as T;
  return Object.freeze(out) as { readonly [P in K]: T };
}

export class SlidesAppImpl extends ServiceObject implements SlidesAppService {
  readonly PredefinedLayout = enumOf<PredefinedLayout, 'BLANK' | 'TITLE' | 'TITLE_ONLY' | 'TITLE_AND_BODY'>([
    'BLANK',
    'TITLE',
    'TITLE_ONLY',
    'TITLE_AND_BODY',
  ]);
  readonly ShapeType = enumOf<ShapeType, 'TEXT_BOX' | 'RECTANGLE' | 'ELLIPSE'>([
    'TEXT_BOX',
    'RECTANGLE',
    'ELLIPSE',
  ]);
  readonly LineCategory = enumOf<LineCategory, 'STRAIGHT' | 'BENT' | 'CURVED'>([
    'STRAIGHT',
    'BENT',
    'CURVED',
  ]);
  readonly DashStyle = enumOf<DashStyle, 'SOLID' | 'DOT' | 'DASH'>(['SOLID', 'DOT', 'DASH']);
  readonly ParagraphAlignment = enumOf<ParagraphAlignment, 'START' | 'CENTER' | 'END' | 'JUSTIFIED'>([
    'START',
    'CENTER',
    'END',
    'JUSTIFIED',
  ]);
  readonly PageElementType = enumOf<PageElementType, 'SHAPE' | 'TABLE' | 'LINE'>(['SHAPE', 'TABLE', 'LINE']);
  readonly ContentAlignment = enumOf<ContentAlignment, 'TOP' | 'MIDDLE' | 'BOTTOM'>([
    'TOP',
    'MIDDLE',
    'BOTTOM',
  ]);
  private readonly ui: UiImpl;

  constructor(ctx: EmulatorContext) {
    super(ctx, 'SlidesApp');
    this.ui = new UiImpl(ctx);
  }

  getActivePresentation(): Presentation | null {
    const model = this.ctx.activeFile()?.presentation;
    return model ? presentationOf(this.ctx, model) : null;
  }

  getUi(): UiImpl {
    if (this.ctx.activeFile()?.kind !== 'presentation')
      throw exception('Cannot call SlidesApp.getUi() from this context.');
    return this.ui;
  }
}
