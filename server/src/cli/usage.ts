import { VERSION } from '../engine/version';

export { VERSION };

export function usage(): string {
  return `learn-once ${VERSION} — check, report and find lessons learned across shared care records

Usage:
  learn-once check [options] [paths...]          check lesson files (text, json or sarif output)
  learn-once report [options] [folder]           the catalogue of lessons as Markdown or HTML
  learn-once new --locality NAME --title TEXT [folder]
                                                 start a new lesson with the next free id
  learn-once import [options] <file.csv|file.xlsx> [folder]
                                                 lessons from a spreadsheet (a Microsoft Forms export)
  learn-once similar [options] <folder> [file]   lessons like a given one, or every lesson's closest
  learn-once search [options] <folder> <words...>
                                                 lessons that answer a problem, in your own words
  learn-once --help                              this help
  learn-once --version                           the version

Run 'learn-once <command> --help' for a command's options.
`;
}
