/**
 * Keyboard commands, declared in the manifest so readers can remap them
 * (chrome://extensions/shortcuts, about:addons → Manage Extension Shortcuts).
 * Nothing listens for keys in the page: the browser tells the background, and
 * the background tells the active tab's content script.
 */
import type { ExtensionToContent } from '../../data/protocol.ts';

export const COMMANDS = {
  'open-panel': { key: 'Alt+Shift+B', description: 'Open the “On this page” side panel' },
  'next-mention': { key: 'Alt+Shift+N', description: 'Open the next annotation’s card' },
  'previous-mention': { key: 'Alt+Shift+P', description: 'Open the previous annotation’s card' },
} as const;
export type CommandName = keyof typeof COMMANDS;

/** The manifest's `commands` key. */
export function manifestCommands() {
  return Object.fromEntries(
    Object.entries(COMMANDS).map(([name, { key, description }]) => [name, { suggested_key: { default: key }, description }]),
  );
}

export interface CommandDeps {
  /** Opens the side panel for this tab's window. Called synchronously: the browser allows it only within the shortcut's gesture. */
  openPanel(tab: { id?: number; windowId?: number } | undefined): void;
  activeTabId(): Promise<number | undefined>;
  send(tabId: number, step: Parameters<ExtensionToContent['stepCard']>[0]): Promise<unknown>;
}

/** What a command does; unknown names do nothing. */
export function onCommand(deps: CommandDeps, name: string, tab?: { id?: number; windowId?: number }): Promise<void> | void {
  if (name === 'open-panel') return deps.openPanel(tab);
  const step = name === 'next-mention' ? 1 : name === 'previous-mention' ? -1 : 0;
  if (step === 0) return;
  return (async () => {
    const tabId = tab?.id ?? (await deps.activeTabId());
    // A tab with no content script (a browser page, not coverage) has no receiving end.
    if (tabId !== undefined) await deps.send(tabId, { step }).catch(() => undefined);
  })();
}
