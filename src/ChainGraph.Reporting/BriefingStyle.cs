namespace ChainGraph.Reporting;

/// <summary>The briefing's print-first stylesheet: A4 portrait, Noto CJK, one chain per page.</summary>
internal static class BriefingStyle
{
    public const string Css = """
        @page { size: A4; margin: 6mm 9mm; }
        * { box-sizing: border-box; }
        body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", sans-serif; font-size: 11px; line-height: 1.22; color: #263238; margin: 0 auto; max-width: 790px; padding: 8px; }
        h1 { font-size: 20px; margin: 0 0 2px; }
        h2 { font-size: 13px; margin: 5px 0 2px; border-left: 4px solid #1e88e5; padding-left: 6px; }
        .meta { color: #607d8b; margin: 0 0 3px; }
        .health { font-size: 13px; margin: 4px 0 6px; }
        .grade { color: #fff; border-radius: 3px; padding: 1px 8px; font-weight: bold; }
        .figures { display: flex; flex-wrap: wrap; gap: 4px; list-style: none; padding: 0; margin: 0 0 4px; }
        .figures li { border: 1px solid #cfd8dc; border-radius: 4px; padding: 2px 8px; }
        .figures b { font-size: 14px; }
        .quarterly { font-size: 10px; margin: 2px 0; }
        .thumb svg { display: block; width: 100%; height: auto; }
        .grid { display: grid; grid-template-columns: 1.15fr 1fr; gap: 14px; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border-bottom: 1px solid #eceff1; text-align: left; padding: 1px 4px; vertical-align: top; }
        th { background: #f5f7f8; font-weight: 600; }
        td:has(.level), td:first-child:not(:only-child) + td { white-space: nowrap; }
        table[data-table="actions"] td:nth-child(-n+2), table[data-table="actions"] td:nth-child(4), table[data-table="actions"] td:nth-child(5) { white-space: nowrap; }
        .none { color: #607d8b; margin: 2px 0; }
        .change { margin-right: 12px; }
        footer { margin-top: 2px; color: #90a4ae; font-size: 10px; }
        table.cover td, table.cover th { padding: 4px 6px; }
        .page { break-before: page; }
        @media print { body { padding: 0; } a { color: inherit; text-decoration: none; } }
        """;
}
