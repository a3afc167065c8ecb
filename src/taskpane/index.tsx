import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme, Title3 } from "@fluentui/react-components";

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Title3>重点目標・KPIチェッカー</Title3>
    </FluentProvider>,
  );
});
