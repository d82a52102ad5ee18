// 台账导入导出 (workbook): written by another part of issue 24; this placeholder is replaced when it is merged.
