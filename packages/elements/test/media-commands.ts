import type { BrowserCommand } from 'vitest/node';

/** The reader's colour-scheme preference, as Chromium would report it for a dark system theme. */
const emulateColorScheme: BrowserCommand<[scheme: 'light' | 'dark' | 'no-preference']> = async (context, scheme) => {
  await context.page.emulateMedia({ colorScheme: scheme });
};

export const mediaCommands = { emulateColorScheme };
