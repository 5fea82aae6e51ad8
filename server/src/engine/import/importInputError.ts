/**
 * The file to import (or its mapping file) cannot be used at all: not found, not a
 * spreadsheet, a mapping that names no field. Unlike a refused row, nothing in it is read.
 */
export class ImportInputError extends Error {
  override readonly name = 'ImportInputError';
}
