/** The reporting event: pick one of the calendar's events (most recent before the block's date first) or type any. */
import { useMemo } from "react";
import { Combobox, Field, Option } from "@fluentui/react-components";
import type { CalendarEvent } from "../../domain/calendar";
import { eventSuggestions } from "../services/status-block-draft";
import { strings } from "../strings";

export interface EventPickerProps {
  events: readonly CalendarEvent[];
  date: string;
  value: string;
  error?: string;
  onChange: (event: string) => void;
}

export function EventPicker({ events, date, value, error, onChange }: EventPickerProps) {
  const suggestions = useMemo(() => eventSuggestions(events, date), [events, date]);
  const needle = value.trim().toLowerCase();
  const matches = suggestions.filter((suggestion) => needle === "" || suggestion.text.toLowerCase().includes(needle) || suggestion.id.toLowerCase().includes(needle));
  return (
    <Field label={strings.statusBlock.event} required validationState={error ? "error" : "none"} validationMessage={error}>
      <Combobox
        freeform
        value={value}
        placeholder={strings.statusBlock.eventPlaceholder}
        selectedOptions={[]}
        onChange={(event) => onChange(event.target.value)}
        onOptionSelect={(_event, data) => data.optionText !== undefined && onChange(data.optionText)}
        data-testid="status-event"
      >
        {matches.map((suggestion) => (
          <Option key={suggestion.id} value={suggestion.id} text={suggestion.text}>
            {strings.statusBlock.eventOption(suggestion.text, suggestion.when)}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
