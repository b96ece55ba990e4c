/** The closed vocabularies as zod enums, for the schemas (template, report data). */
import { z } from "zod";
import { AGENCY_LEVELS, AREAS, REPORT_KINDS, VALUE_KINDS } from "./vocabulary";

export const AgencyLevelSchema = z.enum(AGENCY_LEVELS);
export const ReportKindSchema = z.enum(REPORT_KINDS);
export const ValueKindSchema = z.enum(VALUE_KINDS);
export const AreaSchema = z.enum(AREAS);
