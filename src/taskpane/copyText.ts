/* global document, navigator */
/**
 * Puts text on the clipboard from the task pane. The Clipboard API needs the host's permission, which an
 * add-in's frame may lack; then a selected text area and the copy command are tried. False when neither
 * worked: the pane then asks the user to copy the text by hand.
 * @example await copyText("重点目標・KPIチェッカー 動作確認…") // true
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Refused or absent: fall back below.
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  try {
    area.select();
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
