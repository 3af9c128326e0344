/** The findings toolbar: text search, state and severity filters, sort column and direction, back to document order. */
import { Button, Dropdown, Field, Input, Option, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowSortDownRegular, ArrowSortUpRegular, DismissRegular, SearchRegular, TextBulletListSquareRegular } from "@fluentui/react-icons";
import { ITEM_STATES } from "../../domain/validation-types";
import { NO_FILTER, SEVERITIES, SORT_KEYS, type FindingFilter, type SortDirection, type SortKey } from "../services/findings-list";
import { strings } from "../strings";

export interface FindingsQuery {
  filter: FindingFilter;
  sort: SortKey;
  direction: SortDirection;
}

export const DOCUMENT_ORDER: FindingsQuery = { filter: NO_FILTER, sort: "document", direction: "ascending" };

export interface FindingsFiltersProps {
  query: FindingsQuery;
  onChange: (query: FindingsQuery) => void;
}

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  search: { flexBasis: "100%" },
  choice: { flexGrow: 1, flexBasis: "130px", minWidth: "0" },
  dropdown: { minWidth: "0", width: "100%" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, flexBasis: "100%" },
});

function isFiltered(filter: FindingFilter): boolean {
  return filter.text.trim() !== "" || filter.states.length > 0 || filter.severities.length > 0;
}

interface MultiSelectFilterProps<Value extends string> {
  label: string;
  options: readonly Value[];
  names: Readonly<Record<Value, string>>;
  selected: readonly Value[];
  /** Shown when nothing is selected (the filter lets everything through). */
  none: string;
  onChange: (selected: Value[]) => void;
  testId: string;
}

/** A multi-select drop-down filter: its value reads as the chosen names, or `none` when nothing is chosen. */
function MultiSelectFilter<Value extends string>({ label, options, names, selected, none, onChange, testId }: MultiSelectFilterProps<Value>) {
  const styles = useStyles();
  return (
    <Field className={styles.choice} label={label}>
      <Dropdown
        className={styles.dropdown}
        multiselect
        value={selected.length === 0 ? none : selected.map((value) => names[value]).join(", ")}
        selectedOptions={[...selected]}
        onOptionSelect={(_event, data) => onChange(data.selectedOptions as Value[])}
        data-testid={testId}
      >
        {options.map((value) => (
          <Option key={value} value={value}>
            {names[value]}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

export function FindingsFilters({ query, onChange }: FindingsFiltersProps) {
  const styles = useStyles();
  const { filter } = query;
  const setFilter = (change: Partial<FindingFilter>): void => onChange({ ...query, filter: { ...filter, ...change } });
  const sorted = query.sort !== "document";

  return (
    <div className={styles.bar} role="search" aria-label={strings.findings.search}>
      <Field className={styles.search} label={strings.findings.search}>
        <Input type="search" contentBefore={<SearchRegular />} placeholder={strings.findings.searchPlaceholder} value={filter.text} onChange={(_event, data) => setFilter({ text: data.value })} data-testid="findings-search" />
      </Field>
      <MultiSelectFilter
        label={strings.findings.stateFilter}
        options={[...ITEM_STATES].reverse()}
        names={strings.states}
        selected={filter.states}
        none={strings.findings.anyState}
        onChange={(states) => setFilter({ states })}
        testId="state-filter"
      />
      <MultiSelectFilter
        label={strings.findings.severityFilter}
        options={SEVERITIES}
        names={strings.severities}
        selected={filter.severities}
        none={strings.findings.anySeverity}
        onChange={(severities) => setFilter({ severities })}
        testId="severity-filter"
      />
      <Field className={styles.choice} label={strings.findings.sortBy}>
        <Dropdown
          className={styles.dropdown}
          value={strings.findings.sortKeys[query.sort]}
          selectedOptions={[query.sort]}
          onOptionSelect={(_event, data) => onChange({ ...query, sort: (data.optionValue ?? "document") as SortKey })}
          data-testid="sort-by"
        >
          {SORT_KEYS.map((key) => (
            <Option key={key} value={key}>
              {strings.findings.sortKeys[key]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.actions}>
        {sorted && (
          <Button
            icon={query.direction === "ascending" ? <ArrowSortUpRegular /> : <ArrowSortDownRegular />}
            onClick={() => onChange({ ...query, direction: query.direction === "ascending" ? "descending" : "ascending" })}
            data-testid="sort-direction"
          >
            {query.direction === "ascending" ? strings.findings.ascending : strings.findings.descending}
          </Button>
        )}
        {sorted && (
          <Button icon={<TextBulletListSquareRegular />} onClick={() => onChange({ ...query, sort: "document", direction: "ascending" })}>
            {strings.findings.documentOrder}
          </Button>
        )}
        {isFiltered(filter) && (
          <Button icon={<DismissRegular />} onClick={() => onChange({ ...query, filter: NO_FILTER })}>
            {strings.findings.clearFilters}
          </Button>
        )}
      </div>
    </div>
  );
}
