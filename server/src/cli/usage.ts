declare const __LEARN_ONCE_VERSION__: string | undefined;
export const VERSION = typeof __LEARN_ONCE_VERSION__ === 'string' ? __LEARN_ONCE_VERSION__ : '0.0.0-dev';

export function usage(): string {
  return `learn-once ${VERSION} — check and find lessons learned across shared care records

Usage:
  learn-once check [paths...]     check lesson files (folders are searched for *.lesson.yaml)
  learn-once --help               this help
  learn-once --version            the version

Run 'learn-once <command> --help' for a command's options.
`;
}
