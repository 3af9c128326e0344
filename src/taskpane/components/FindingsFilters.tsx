/** The findings toolbar: text search, state and severity filters, sort column and direction, back to document order. */
import { Button, Dropdown, Field, Input, Option, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowSortDownRegular, ArrowSortUpRegular, DismissRegular, SearchRegular, TextBulletListSquareRegular } from "@fluentui/react-icons";
import type { Severity } from "../../domain/finding";
import { ITEM_STATES, type ItemState } from "../../domain/validation-types";
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

export function FindingsFilters({ query, onChange }: FindingsFiltersProps) {
  const styles = useStyles();
  const { filter } = query;
  const setFilter = (change: Partial<FindingFilter>): void => onChange({ ...query, filter: { ...filter, ...change } });
  const summary = (values: string[], any: string): string => (values.length === 0 ? any : values.join(", "));
  const stateNames = filter.states.map((state) => strings.states[state]);
  const severityNames = filter.severities.map((severity) => strings.severities[severity]);
  const sorted = query.sort !== "document";

  return (
    <div className={styles.bar} role="search" aria-label={strings.findings.search}>
      <Field className={styles.search} label={strings.findings.search}>
        <Input type="search" contentBefore={<SearchRegular />} placeholder={strings.findings.searchPlaceholder} value={filter.text} onChange={(_event, data) => setFilter({ text: data.value })} data-testid="findings-search" />
      </Field>
      <Field className={styles.choice} label={strings.findings.stateFilter}>
        <Dropdown
          className={styles.dropdown}
          multiselect
          value={summary(stateNames, strings.findings.anyState)}
          selectedOptions={filter.states}
          onOptionSelect={(_event, data) => setFilter({ states: data.selectedOptions as ItemState[] })}
          data-testid="state-filter"
        >
          {[...ITEM_STATES].reverse().map((state) => (
            <Option key={state} value={state}>
              {strings.states[state]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field className={styles.choice} label={strings.findings.severityFilter}>
        <Dropdown
          className={styles.dropdown}
          multiselect
          value={summary(severityNames, strings.findings.anySeverity)}
          selectedOptions={filter.severities}
          onOptionSelect={(_event, data) => setFilter({ severities: data.selectedOptions as Severity[] })}
          data-testid="severity-filter"
        >
          {SEVERITIES.map((severity) => (
            <Option key={severity} value={severity}>
              {strings.severities[severity]}
            </Option>
          ))}
        </Dropdown>
      </Field>
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
