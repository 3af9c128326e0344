/**
 * Insert a status block into the selected item's status (lazily loaded: the form and its pickers are not needed to
 * open the pane). The write goes through port.insertStatusBlock with the fingerprints of the last read.
 * With a draft store, the form is saved on this computer while the person types (per item, after a short pause, and
 * when the view closes), restored when the item's form opens again (also in a later session), and discarded on
 * request or once the block is inserted. Without an item chosen, the view lists the unfinished drafts.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Button, Link, MessageBar, MessageBarBody, Text, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { DeleteRegular } from "@fluentui/react-icons";
import { formatLongDate, localIsoDate } from "../../domain/dates";
import type { StatusBlock } from "../../domain/status-block";
import { DocumentError } from "../../document/document-error";
import { insertStatusBlockJob } from "../../jobs/edit-item";
import type { PaneSession } from "../hooks/use-pane-session";
import { unwrap } from "../services/job-result";
import { itemChoices, itemDetail, itemLabel } from "../services/item-detail";
import type { PaneError } from "../services/pane-errors";
import type { PanePort } from "../services/pane-port";
import type { StatusBlockDraft } from "../services/status-block-draft";
import { DRAFT_SAVE_DELAY_MS, isUntouched, type DraftStore, type SavedDraft } from "../services/status-drafts";
import { strings } from "../strings";
import { ErrorBar } from "./ErrorBar";
import { ItemPicker } from "./ItemPicker";
import { NeedsValidation } from "./NeedsValidation";
import { StatusBlockForm } from "./StatusBlockForm";

export interface StatusBlockViewProps {
  port: PanePort;
  session: Pick<PaneSession, "validation" | "busy" | "selectedItemKey" | "selectItem" | "write">;
  today: () => string;
  onValidate: () => void;
  /** Changes when the pane opened this view for the person: focus moves to the heading. */
  focusSignal: number;
  /** Where drafts are kept (null: no storage, or the document has no key; the form is then not saved). */
  drafts?: DraftStore | null;
  announce?: (message: string) => void;
}

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  draftBar: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  draftList: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** "20 January 2022, 09:30" (local time) of an ISO instant. */
function savedAt(iso: string): string {
  const at = new Date(iso);
  const pad = (value: number): string => String(value).padStart(2, "0");
  return `${formatLongDate(localIsoDate(at))}, ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** The draft the form of an item starts from, once looked up in the store. */
type Restored = { itemKey: string; saved: SavedDraft | null };
type DraftStatus = "none" | "restored" | "saved";

type Outcome = { kind: "none" } | { kind: "inserted"; label: string } | { kind: "failed"; error: PaneError };

export default function StatusBlockView({ port, session, today, onValidate, focusSignal, drafts = null, announce }: StatusBlockViewProps) {
  const styles = useStyles();
  const { validation, selectedItemKey } = session;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: "none" });
  /** A new form (empty) after each insertion. */
  const [formKey, setFormKey] = useState(0);
  const choices = useMemo(() => (validation ? itemChoices(validation) : []), [validation]);
  const detail = useMemo(() => (validation && selectedItemKey ? itemDetail(validation, selectedItemKey) : null), [validation, selectedItemKey]);

  useEffect(() => {
    if (focusSignal > 0) headingRef.current?.focus();
  }, [focusSignal]);
  useEffect(() => {
    if (outcome.kind !== "none") outcomeRef.current?.focus();
  }, [outcome]);

  const itemKey = detail?.item.key ?? null;
  const [restored, setRestored] = useState<Restored | null>(null);
  const [draftStatus, setDraftStatus] = useState<DraftStatus>("none");
  const [savedList, setSavedList] = useState<SavedDraft[]>([]);
  /** The typed form not saved yet, and the timer that will save it. */
  const pending = useRef<{ itemKey: string; draft: StatusBlockDraft; timer: ReturnType<typeof setTimeout> } | null>(null);
  const todayRef = useRef(today);
  todayRef.current = today;

  const flush = useCallback(() => {
    const waiting = pending.current;
    if (!waiting || !drafts) return;
    clearTimeout(waiting.timer);
    pending.current = null;
    void (isUntouched(waiting.draft, todayRef.current()) ? drafts.discard(waiting.itemKey) : drafts.save(waiting.itemKey, waiting.draft));
  }, [drafts]);

  const cancelPending = (): void => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
  };

  // The item's saved draft, looked up before its form is shown; what was typed for the previous item is saved first.
  useEffect(() => {
    if (!itemKey || !drafts) return;
    let active = true;
    setDraftStatus("none");
    void drafts.load(itemKey, todayRef.current()).then((saved) => {
      if (!active) return;
      setRestored({ itemKey, saved });
      if (saved) setDraftStatus("restored");
    });
    return () => {
      active = false;
      flush();
    };
  }, [itemKey, drafts, flush]);

  // Without an item: the unfinished drafts, to pick one up again (looked up again after each validation).
  useEffect(() => {
    if (itemKey || !drafts) return;
    let active = true;
    void drafts.list(todayRef.current()).then((list) => active && setSavedList(list));
    return () => {
      active = false;
    };
  }, [itemKey, drafts, validation]);

  if (!validation) return <NeedsValidation onValidate={onValidate} busy={session.busy !== null} />;

  const onDraftChange = (draft: StatusBlockDraft): void => {
    if (!drafts || !itemKey) return;
    if (pending.current) clearTimeout(pending.current.timer);
    const timer = setTimeout(() => {
      flush();
      setDraftStatus(isUntouched(draft, today()) ? "none" : "saved");
    }, DRAFT_SAVE_DELAY_MS);
    pending.current = { itemKey, draft, timer };
  };

  const discard = (): void => {
    if (!drafts || !itemKey) return;
    cancelPending();
    void drafts.discard(itemKey);
    setRestored({ itemKey, saved: null });
    setDraftStatus("none");
    setFormKey((key) => key + 1);
    announce?.(strings.drafts.discarded);
  };

  const insert = async (block: StatusBlock): Promise<void> => {
    if (!detail) return;
    const label = itemLabel(detail.item);
    const result = await session.write("insert", "insert", async () => {
      const inserted = unwrap(await insertStatusBlockJob(port, detail.item.key, block, validation.read));
      // The form checks the block with the same rules before it lets Insert through.
      if (inserted.kind === "invalid") throw new DocumentError("InvalidStatusBlock", inserted.problems.map((problem) => problem.message).join(" "));
    });
    if (result.ok) {
      setOutcome({ kind: "inserted", label });
      if (drafts) {
        cancelPending();
        void drafts.discard(detail.item.key);
        setRestored({ itemKey: detail.item.key, saved: null });
        setDraftStatus("none");
      }
      setFormKey((key) => key + 1);
    } else if ("error" in result) setOutcome({ kind: "failed", error: result.error });
  };

  return (
    <div className={styles.view}>
      <h2 className={styles.heading} ref={headingRef} tabIndex={-1} data-testid="status-heading">
        {strings.statusBlock.heading}
      </h2>
      <ItemPicker
        choices={choices}
        selectedKey={detail ? selectedItemKey : null}
        onSelect={(key) => {
          setOutcome({ kind: "none" });
          session.selectItem(key);
        }}
      />
      {outcome.kind !== "none" && (
        <div ref={outcomeRef} tabIndex={-1}>
          {outcome.kind === "inserted" && (
            <MessageBar intent="success" data-testid="status-inserted">
              <MessageBarBody>{strings.statusBlock.inserted(outcome.label)}</MessageBarBody>
            </MessageBar>
          )}
          {outcome.kind === "failed" && <ErrorBar error={outcome.error} onDismiss={() => setOutcome({ kind: "none" })} />}
        </div>
      )}
      {detail ? (
        <>
          <Text as="p" block weight="semibold">{strings.statusBlock.forItem(itemLabel(detail.item))}</Text>
          {drafts && restored?.itemKey === detail.item.key && (
            <div className={styles.draftBar} data-testid="draft-bar">
              <Text size={200} data-testid="draft-status">
                {draftStatus === "restored" && restored.saved ? strings.drafts.restored(savedAt(restored.saved.updatedAt)) : draftStatus === "saved" ? strings.drafts.saved : ""}
              </Text>
              {draftStatus !== "none" && (
                <Button size="small" icon={<DeleteRegular />} onClick={discard} data-testid="discard-draft">
                  {strings.drafts.discard}
                </Button>
              )}
            </div>
          )}
          {(!drafts || restored?.itemKey === detail.item.key) && (
            <StatusBlockForm
              key={`${formKey}:${detail.item.key}`}
              today={today()}
              events={validation.calendar.events}
              busy={session.busy !== null}
              onSubmit={(block) => void insert(block)}
              initial={restored?.saved?.draft}
              onDraftChange={onDraftChange}
            />
          )}
        </>
      ) : (
        <>
          <Text as="p" block>{strings.statusBlock.noItem}</Text>
          {savedList.length > 0 && (
            <div data-testid="draft-list">
              <Text as="h3" block weight="semibold">{strings.drafts.listHeading}</Text>
              <ul className={styles.draftList}>
                {savedList.map((saved) => (
                  <li key={saved.itemKey}>
                    <Link as="button" onClick={() => session.selectItem(saved.itemKey)}>
                      {strings.drafts.openDraft(choices.find((choice) => choice.key === saved.itemKey)?.label ?? saved.itemKey, savedAt(saved.updatedAt))}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </div>
  );
}
