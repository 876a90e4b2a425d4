export { MAX_SURVEY_ROWS, readXlsformWorkbook, type XlsformReadResult } from "./read-workbook.ts";
export { writeXlsformWorkbook } from "./write-workbook.ts";
