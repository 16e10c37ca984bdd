/**
 * The emulator checks REST requests against Google's current API definitions: the schemas the
 * installed @googleapis/* packages carry, compiled into dev/emulator/google-discovery/schemas.json.
 * The file must be exactly what the packages give today, requests Google takes now pass (Sheets
 * tables, which the 2018 definitions did not know), and fields Google marks deprecated are refused.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../dev/emulator';
import { loadApi, SCHEMAS_PATH, validateCall } from '../../dev/emulator/discovery';
import type { SheetsRequest, SlidesRequest } from '../../dev/user-surface/rest';
import { generateSchemasFile } from '../../scripts/google-schemas';

describe('the emulator follows the installed API definitions', () => {
  it('regenerating schemas.json from the installed packages gives the committed file', () => {
    expect(generateSchemasFile()).toBe(readFileSync(SCHEMAS_PATH, 'utf8'));
  }, 60_000);

  it('names the packages and versions it was made from', () => {
    expect(loadApi('sheets.v4').package).toBe('@googleapis/sheets');
    expect(loadApi('slides.v1').package).toBe('@googleapis/slides');
    expect(loadApi('drive.v3').package).toBe('@googleapis/drive');
  });
});

describe('requests Google takes today pass, deprecated fields do not', () => {
  it('accepts a Sheets addTable request (tables: https://developers.google.com/workspace/sheets/api/guides/tables)', () => {
    // Typed with the current schema, so this compiles only because Google's definitions have it.
    const addTable: SheetsRequest = {
      addTable: {
        table: {
          name: 'Touchpoints',
          range: { sheetId: 0, startRowIndex: 0, endRowIndex: 5, startColumnIndex: 0, endColumnIndex: 3 },
          columnProperties: [{ columnIndex: 0, columnName: 'Stage', columnType: 'TEXT' }],
        },
      },
    };
    expect(
      validateCall(
        loadApi('sheets.v4'),
        'spreadsheets.batchUpdate',
        { spreadsheetId: 'x' },
        {
          requests: [addTable],
        },
      ),
    ).toEqual([]);
    expect(
      validateCall(
        loadApi('sheets.v4'),
        'spreadsheets.batchUpdate',
        { spreadsheetId: 'x' },
        {
          requests: [{ addTable: { table: { name: 'T', rowCount: 3 } } }],
        },
      )[0],
    ).toBe(
      `Invalid JSON payload received. Unknown name "rowCount" at 'requests[0].addTable.table': Cannot find field.`,
    );
  });

  it('refuses createLine.lineCategory, deprecated for category (CreateLineRequest, Slides API reference)', () => {
    // https://developers.google.com/workspace/slides/api/reference/rest/v1/presentations/request#createlinerequest:
    // "lineCategory … Deprecated: use category instead."
    const emu = createEmulator();
    const slides = emu.globals.Slides.Presentations;
    const id = slides.create({ title: 'Lines' }).presentationId!;
    const line = (fields: Record<string, string>): SlidesRequest[] => [
      { createSlide: { objectId: 'slide_one' } },
      {
        createLine: {
          objectId: 'line_one',
          ...fields,
          elementProperties: {
            pageObjectId: 'slide_one',
            size: { width: { magnitude: 100, unit: 'PT' }, height: { magnitude: 1, unit: 'PT' } },
            transform: { scaleX: 1, scaleY: 1, translateX: 10, translateY: 10, unit: 'PT' },
          },
        },
      },
    ];
    expect(() => slides.batchUpdate({ requests: line({ lineCategory: 'STRAIGHT' }) }, id)).toThrow(
      `API call to slides.presentations.batchUpdate failed with error: Deprecated field "lineCategory" at 'requests[1].createLine'`,
    );
    expect(emu.inspectPresentation(emu.openPresentationById(id)!)!.slides).toHaveLength(1);
    slides.batchUpdate({ requests: line({ category: 'STRAIGHT' }) }, id);
    expect(emu.inspectPresentation(emu.openPresentationById(id)!)!.slides).toHaveLength(2);
  });

  it('refuses the plain Color fields of a Sheets CellFormat, deprecated for their ColorStyle twins', () => {
    // https://developers.google.com/workspace/sheets/api/reference/rest/v4/cells#cellformat:
    // "backgroundColor … Deprecated: Use backgroundColorStyle."
    const sheets = loadApi('sheets.v4');
    const format = (userEnteredFormat: Record<string, unknown>) => ({
      requests: [
        {
          repeatCell: {
            range: { sheetId: 0 },
            cell: { userEnteredFormat },
            fields: 'userEnteredFormat',
          },
        },
      ],
    });
    const red = { red: 1, green: 0, blue: 0 };
    expect(
      validateCall(
        sheets,
        'spreadsheets.batchUpdate',
        { spreadsheetId: 'x' },
        format({ backgroundColor: red }),
      ),
    ).toEqual([
      expect.stringContaining(
        `Deprecated field "backgroundColor" at 'requests[0].repeatCell.cell.userEnteredFormat'`,
      ),
    ]);
    expect(
      validateCall(
        sheets,
        'spreadsheets.batchUpdate',
        { spreadsheetId: 'x' },
        format({ backgroundColorStyle: { rgbColor: red } }),
      ),
    ).toEqual([]);
  });

  it('still requires path parameters and refuses unknown ones', () => {
    const slides = loadApi('slides.v1');
    expect(validateCall(slides, 'presentations.batchUpdate', {}, { requests: [] })).toEqual([
      'Required parameter: presentationId',
    ]);
    expect(validateCall(slides, 'presentations.get', { presentationId: 'x', view: 'full' })[0]).toContain(
      'Unknown name "view"',
    );
  });
});
