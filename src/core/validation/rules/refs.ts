import { formatViNumber } from "../../grammar/numbers";
import { Indicator, labelFor } from "../../model/template";
import type { AgencyLevel } from "../../model/vocabulary";
import type { RowRef } from "../../../strings";

/** A row as messages name it, with the label this agency level reads. */
export function rowRef(row: Indicator, level: AgencyLevel): RowRef {
  return { code: row.code, label: labelFor(row, level) };
}

/** A number quoted in a message: 2.027; 98,9. */
export const n = (value: number) => formatViNumber(value, 6);
