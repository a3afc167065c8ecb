/**
 * 取りまとめ: workbook files the user chose (or dropped) checked one at a time inside the pane, with a
 * stop (中止) that keeps what was done, and the 取りまとめ sheet written from them. Offered only where the
 * host gives the 取りまとめ services; where the pane cannot unpack .xlsx files, the section says so. The
 * sheet's planner comes with the section's own chunk, loaded when first needed (see loadCollectSheet).
 */
import type { CollectState } from "./paneState";
import type { PaneStore } from "./paneStore";

export class CollectCommands {
  /** The running 取りまとめ's stop; null when none runs. */
  private stopping: AbortController | null = null;

  constructor(private readonly pane: PaneStore) {}

  /** Whether the pane offers 取りまとめ at all. */
  get available(): boolean {
    return this.pane.services.collect !== undefined;
  }

  /** Whether the pane can read .xlsx files here (false: the section gives the reason only). */
  get canReadFiles(): boolean {
    return (this.pane.services.collect?.checkFile ?? null) !== null;
  }

  /** Reads and checks the files one after another; the results grow in the pane as each is done. */
  async collect(files: readonly File[]): Promise<void> {
    const checkFile = this.pane.services.collect?.checkFile ?? null;
    if (checkFile === null || files.length === 0) return;
    const stopping = new AbortController();
    await this.pane.run("collect", async () => {
      this.stopping = stopping;
      const { asOf } = this.pane.checkOptions();
      const locale = this.pane.services.locale;
      const total = files.length;
      const { COLLECT_SHEET_TEXT, collectFiles } = await loadCollectSheet();
      this.setCollect({
        files: [],
        total,
        progress: { done: 0, total, current: null },
        stopped: false,
        asOf,
        offeredName: null,
      });
      try {
        const result = await collectFiles(files, {
          check: (file) => checkFile(file, file.name, { asOf, locale, signal: stopping.signal }),
          stopped: () => stopping.signal.aborted,
          failed: (detail) => ({
            code: "reader_failed",
            message: COLLECT_SHEET_TEXT[locale].readerFailed(detail),
          }),
          onProgress: (progress) => this.patch({ progress }),
          onChecked: (file) => this.patch({ files: [...(this.pane.getState().collect?.files ?? []), file] }),
        });
        this.patch({ files: result.files, progress: null, stopped: result.stopped });
      } finally {
        this.stopping = null;
      }
    });
  }

  /** 中止: no further file is read; the file being read is dropped, the ones done stay. */
  stop(): void {
    this.stopping?.abort();
  }

  /** 取りまとめシートを作成, under `sheetName` when the user took the name offered after a refusal. */
  async buildSheet(sheetName?: string): Promise<void> {
    const services = this.pane.services.collect;
    const collected = this.pane.getState().collect ?? null;
    if (services === undefined) return;
    await this.pane.run("collectSheet", async () => {
      const { buildCollectSheet } = await loadCollectSheet();
      const built = await buildCollectSheet(services.sheet, collected?.files ?? [], {
        locale: this.pane.services.locale,
        asOf: collected?.asOf ?? this.pane.checkOptions().asOf,
        ...(sheetName === undefined ? {} : { sheetName }),
      });
      if (!built.ok) {
        const taken = built.issues.find((issue) => issue.code === "collect_sheet_taken");
        if (taken !== undefined && "freeName" in taken) this.patch({ offeredName: taken.freeName });
        this.pane.warn(built.issues);
        return;
      }
      this.patch({ offeredName: null });
      // The refusal that offered another name is answered.
      const notices = this.pane.getState().notices;
      this.pane.update({
        notices: notices.filter((n) => n.kind !== "issues" || n.action !== "collectSheet"),
      });
      this.pane.notify({ kind: "collectSheet", written: built.value });
    });
  }

  private setCollect(collect: CollectState): void {
    this.pane.update({ collect });
  }

  private patch(patch: Partial<CollectState>): void {
    const collect = this.pane.getState().collect;
    if (collect !== null && collect !== undefined) this.setCollect({ ...collect, ...patch });
  }
}

/** 取りまとめ's use cases and the sheet's words, in the chunk of 取りまとめ's section (not in the first load). */
function loadCollectSheet() {
  return import(/* webpackChunkName: "collect-pane" */ "./collectSheet");
}
