/** The welcome page opens once, when the extension is installed: not on an update, nor a browser update. */
export const WELCOME_PAGE = '/welcome.html';

export function welcomeOnInstall(reason: string, open: (path: string) => unknown): void {
  if (reason === 'install') void open(WELCOME_PAGE);
}
