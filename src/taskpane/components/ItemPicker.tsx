/** Choose an item by typing its number (a filtering combobox over the items of the last validation). */
import { useMemo, useState } from "react";
import { Combobox, Field, Option } from "@fluentui/react-components";
import type { ItemChoice } from "../services/item-detail";
import { strings } from "../strings";

/** Options listed at once; typing narrows the list (a plan has hundreds of items). */
const MAX_OPTIONS = 60;

export interface ItemPickerProps {
  choices: ItemChoice[];
  selectedKey: string | null;
  onSelect: (itemKey: string) => void;
}

export function ItemPicker({ choices, selectedKey, onSelect }: ItemPickerProps) {
  const selectedLabel = choices.find((choice) => choice.key === selectedKey)?.label ?? "";
  const [typed, setTyped] = useState<string | null>(null);
  const text = typed ?? selectedLabel;
  const matches = useMemo(() => {
    const needle = (typed ?? "").trim().toLowerCase();
    return choices.filter((choice) => choice.label.toLowerCase().includes(needle)).slice(0, MAX_OPTIONS);
  }, [choices, typed]);

  return (
    <Field label={strings.item.pick}>
      <Combobox
        value={text}
        placeholder={strings.item.pickPlaceholder}
        selectedOptions={selectedKey ? [selectedKey] : []}
        onChange={(event) => setTyped(event.target.value)}
        onOptionSelect={(_event, data) => {
          setTyped(null);
          if (data.optionValue) onSelect(data.optionValue);
        }}
        onBlur={() => setTyped(null)}
        data-testid="item-picker"
      >
        {matches.map((choice) => (
          <Option key={choice.key} value={choice.key} text={choice.label}>
            {choice.label}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
