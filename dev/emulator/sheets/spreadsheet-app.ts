/**
 * The SpreadsheetApp global: the active spreadsheet (null when the script is not running in a
 * Sheets document), the editor UI, the data-validation builder, flush() and the enums.
 */
import type { EmulatorContext } from '../context';
import type {
  ConditionalFormatRuleBuilder,
  DataValidationBuilder,
  Spreadsheet,
  SpreadsheetAppService,
} from '../contract';
import {
  BorderStyle,
  DataValidationCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  ProtectionType,
  WrapStrategy,
} from '../enums';
import { exception } from '../errors';
import { ServiceObject } from '../expose';
import { UiImpl } from '../ui';
import { ConditionalFormatRuleBuilderImpl } from './conditional';
import { DataValidationBuilderImpl } from './validation';

export class SpreadsheetAppImpl extends ServiceObject implements SpreadsheetAppService {
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly BorderStyle = BorderStyle;
  readonly WrapStrategy = WrapStrategy;
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  private readonly ui: UiImpl;

  constructor(ctx: EmulatorContext) {
    super(ctx, 'SpreadsheetApp');
    this.ui = new UiImpl(ctx);
  }

  getActiveSpreadsheet(): Spreadsheet | null {
    const doc = this.ctx.activeSpreadsheet();
    return doc ? this.ctx.facades.spreadsheet(doc) : null;
  }

  /** Like Apps Script, only available while a Sheets document is open. */
  getUi(): UiImpl {
    if (this.ctx.activeFile()?.kind !== 'spreadsheet') {
      throw exception('Cannot call SpreadsheetApp.getUi() from this context.');
    }
    return this.ui;
  }

  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilderImpl(this.ctx);
  }

  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilderImpl(this.ctx);
  }

  /** Writes are applied immediately in memory; flush only matters to the latency estimate. */
  flush(): void {}
}
