/**
 * The Excel enums an add-in's Excel layer uses, with the values of
 * @types/office-js (Excel.InsertShiftDirection.down === "Down" …).
 */
export const ENUMS = {
  ConditionalFormatType: { custom: "Custom", dataBar: "DataBar", colorScale: "ColorScale", iconSet: "IconSet", topBottom: "TopBottom", presetCriteria: "PresetCriteria", containsText: "ContainsText", cellValue: "CellValue" },
  ConditionalCellValueOperator: { invalid: "Invalid", between: "Between", notBetween: "NotBetween", equalTo: "EqualTo", notEqualTo: "NotEqualTo", greaterThan: "GreaterThan", lessThan: "LessThan", greaterThanOrEqual: "GreaterThanOrEqual", lessThanOrEqual: "LessThanOrEqual" },
  ConditionalTextOperator: { invalid: "Invalid", contains: "Contains", notContains: "NotContains", beginsWith: "BeginsWith", endsWith: "EndsWith" },
  DataValidationType: { none: "None", wholeNumber: "WholeNumber", decimal: "Decimal", list: "List", date: "Date", time: "Time", textLength: "TextLength", custom: "Custom", inconsistent: "Inconsistent", mixedCriteria: "MixedCriteria" },
  DataValidationOperator: { between: "Between", notBetween: "NotBetween", equalTo: "EqualTo", notEqualTo: "NotEqualTo", greaterThan: "GreaterThan", lessThan: "LessThan", greaterThanOrEqualTo: "GreaterThanOrEqualTo", lessThanOrEqualTo: "LessThanOrEqualTo" },
  DataValidationAlertStyle: { stop: "Stop", warning: "Warning", information: "Information" },
  HorizontalAlignment: { general: "General", left: "Left", center: "Center", right: "Right", fill: "Fill", justify: "Justify", centerAcrossSelection: "CenterAcrossSelection", distributed: "Distributed" },
  VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom", justify: "Justify", distributed: "Distributed" },
  InsertShiftDirection: { down: "Down", right: "Right" },
  DeleteShiftDirection: { up: "Up", left: "Left" },
  ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents", hyperlinks: "Hyperlinks", removeHyperlinks: "RemoveHyperlinks", resetContents: "ResetContents" },
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  RangeValueType: { unknown: "Unknown", empty: "Empty", string: "String", integer: "Integer", double: "Double", boolean: "Boolean", error: "Error", richValue: "RichValue" },
  ErrorCodes: { accessDenied: "AccessDenied", apiNotFound: "ApiNotFound", conflict: "Conflict", dirtySupportingFormula: "DirtySupportingFormula", emptyChartSeries: "EmptyChartSeries", filteredRangeConflict: "FilteredRangeConflict", formulaLengthExceedsLimit: "FormulaLengthExceedsLimit", generalException: "GeneralException", inactiveWorkbook: "InactiveWorkbook", insertDeleteConflict: "InsertDeleteConflict", invalidArgument: "InvalidArgument", invalidBinding: "InvalidBinding", invalidOperation: "InvalidOperation", invalidReference: "InvalidReference", invalidSelection: "InvalidSelection", itemAlreadyExists: "ItemAlreadyExists", itemNotFound: "ItemNotFound", mergedRangeConflict: "MergedRangeConflict", nonBlankCellOffSheet: "NonBlankCellOffSheet", notImplemented: "NotImplemented", openWorkbookLinksBlocked: "OpenWorkbookLinksBlocked", operationCellsExceedLimit: "OperationCellsExceedLimit", pivotTableRangeConflict: "PivotTableRangeConflict", powerQueryRefreshResourceChallenge: "PowerQueryRefreshResourceChallenge", rangeExceedsLimit: "RangeExceedsLimit", rangeImageExceedsLimit: "RangeImageExceedsLimit", refreshWorkbookLinksBlocked: "RefreshWorkbookLinksBlocked", requestAborted: "RequestAborted", responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded", unsupportedFeature: "UnsupportedFeature", unsupportedFillType: "UnsupportedFillType", unsupportedOperation: "UnsupportedOperation", unsupportedSheet: "UnsupportedSheet", invalidOperationInCellEditMode: "InvalidOperationInCellEditMode" },
  NamedItemType: { string: "String", integer: "Integer", double: "Double", boolean: "Boolean", range: "Range", error: "Error", array: "Array" },
  NamedItemScope: { worksheet: "Worksheet", workbook: "Workbook" },
  CalculationType: { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" },
  CalculationMode: { automatic: "Automatic", automaticExceptTables: "AutomaticExceptTables", manual: "Manual" },
  BorderIndex: { edgeTop: "EdgeTop", edgeBottom: "EdgeBottom", edgeLeft: "EdgeLeft", edgeRight: "EdgeRight", insideVertical: "InsideVertical", insideHorizontal: "InsideHorizontal", diagonalDown: "DiagonalDown", diagonalUp: "DiagonalUp" },
  BorderLineStyle: { none: "None", continuous: "Continuous", dash: "Dash", dashDot: "DashDot", dashDotDot: "DashDotDot", dot: "Dot", double: "Double", slantDashDot: "SlantDashDot" },
  BorderWeight: { hairline: "Hairline", thin: "Thin", medium: "Medium", thick: "Thick" },
  RangeUnderlineStyle: { none: "None", single: "Single", double: "Double", singleAccountant: "SingleAccountant", doubleAccountant: "DoubleAccountant" },
  ConditionalRangeFontUnderlineStyle: { none: "None", single: "Single", double: "Double" },
  ChartType: { columnClustered: "ColumnClustered", columnStacked: "ColumnStacked", barClustered: "BarClustered", barStacked: "BarStacked", line: "Line", lineMarkers: "LineMarkers", pie: "Pie", doughnut: "Doughnut", area: "Area", xyscatter: "XYScatter" },
  ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
  ChartSeriesDimension: { categories: "Categories", values: "Values", xvalues: "XValues", yvalues: "YValues", bubbleSizes: "BubbleSizes" },
} as const;
