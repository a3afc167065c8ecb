/**
 * Renders a component into a DOM (jsdom) inside the providers the pane uses, for component tests that
 * find what a user sees by role and act on it with user events. A test file that uses it starts with
 * `// @vitest-environment jsdom`.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render } from "@testing-library/react";
import type { RenderResult } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { UserEvent } from "@testing-library/user-event";
import type { ReactElement, ReactNode } from "react";
import { afterEach } from "vitest";

// Each test starts from an empty document.
afterEach(cleanup);

function Providers({ children }: { children: ReactNode }) {
  return <FluentProvider theme={webLightTheme}>{children}</FluentProvider>;
}

/** The rendered pane, and a user who clicks and types in it. */
export function renderInPane(ui: ReactElement): RenderResult & { user: UserEvent } {
  const user = userEvent.setup();
  return Object.assign(render(ui, { wrapper: Providers }), { user });
}

const UNSEEN = new Set(["STYLE", "SCRIPT", "TEMPLATE"]);

/**
 * The text a reader sees in `element`, as one line: each element's text apart from its neighbours',
 * spaces collapsed; style sheets and hidden elements left out.
 */
export function textOf(element: Element = document.body): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? "");
      return;
    }
    if (!(node instanceof Element) || UNSEEN.has(node.tagName) || node.hasAttribute("hidden")) return;
    parts.push(" ");
    node.childNodes.forEach(walk);
    parts.push(" ");
  };
  walk(element);
  return parts.join("").replace(/\s+/g, " ").trim();
}

/** The text a reader sees on each element, in document order. */
export const textsOf = (elements: readonly Element[]): string[] => elements.map((element) => textOf(element));

/** Whether a control refuses the user: disabled, or marked disabled for assistive technology. */
export const isDisabled = (element: Element): boolean =>
  element.matches(":disabled") || element.getAttribute("aria-disabled") === "true";
