// 报告 (reports): written by another part of issue 24; this placeholder is replaced when it is merged.
