/* global Office */
Office.onReady(() => undefined);
