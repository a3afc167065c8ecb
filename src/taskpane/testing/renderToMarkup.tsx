/**
 * Renders a component to HTML in Node, inside the providers the pane uses, for component tests that
 * need no DOM (the rendered UI in a browser is the end-to-end test's job).
 */
import {
  FluentProvider,
  RendererProvider,
  SSRProvider,
  createDOMRenderer,
  webLightTheme,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";

export function renderToMarkup(node: ReactNode): string {
  return renderToStaticMarkup(
    <RendererProvider renderer={createDOMRenderer()}>
      <SSRProvider>
        <FluentProvider theme={webLightTheme}>{node}</FluentProvider>
      </SSRProvider>
    </RendererProvider>,
  );
}

/** The visible text of the markup: tags and style sheets removed, entities decoded, spaces collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/** The elements with a role (explicit, or a button's), as `role: text` lines, in document order. */
export function rolesOf(html: string, role: string): string[] {
  const found: string[] = [];
  const pattern =
    role === "button"
      ? /<button\b[^>]*>([\s\S]*?)<\/button>/g
      : new RegExp(`<(\\w+)\\b[^>]*\\brole="${role}"[^>]*>([\\s\\S]*?)<\\/\\1>`, "g");
  for (const match of html.matchAll(pattern)) found.push(textOf(match[match.length - 1] ?? ""));
  return found;
}
