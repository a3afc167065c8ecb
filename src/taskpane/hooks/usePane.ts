/**
 * The components' way to the pane's state and operations: the controller (which calls the use cases
 * in app/) comes from context, its state through useSyncExternalStore, and the words in the user's
 * language with it.
 */
import { createContext, useContext, useSyncExternalStore } from "react";
import type { Locale } from "../../core/messages/formatIssue";
import type { PaneController, PaneState } from "../paneController";
import { stringsFor } from "../strings/stringsFor";
import type { UiStrings } from "../strings/uiStrings";

export const PaneContext = createContext<PaneController | null>(null);

export interface Pane {
  readonly state: PaneState;
  /** The operations a user can start; each one is a use case of app/. */
  readonly actions: PaneController;
  readonly strings: UiStrings;
  readonly locale: Locale;
}

/** The pane's state, operations and words; throws outside a PaneContext provider (a wiring bug). */
export function usePane(): Pane {
  const controller = useContext(PaneContext);
  if (controller === null) throw new Error("usePane needs a PaneContext provider");
  // A server render, should there be one, sees the same snapshot as the browser.
  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
  return { state, actions: controller, strings: stringsFor(controller.locale), locale: controller.locale };
}
