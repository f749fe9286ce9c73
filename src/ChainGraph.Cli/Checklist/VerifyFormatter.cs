using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain.Text;

namespace ChainGraph.Cli.Checklist;

/// <summary>Prints the 核实供应记录 list after the checklist: what each record claims and why it is suspect.</summary>
public static class VerifyFormatter
{
    public static void WriteTable(TextWriter output, IReadOnlyList<SupplyRecordToVerify> records, Language language)
    {
        var zh = language == Language.Zh;
        output.WriteLine();
        output.WriteLine(zh
            ? $"核实供应记录（{records.Count} 条）：供应商已关停、停产或近期有关停记录，其供应按已中断处理，不计入以上排名"
            : $"Supply records to verify ({records.Count}): the supplier is closed, suspended or recently closed; its supply is treated as lost and ranks nothing above");
        var n = 0;
        foreach (var r in records)
        {
            var value = r.AnnualValue is { } v ? (zh ? $"，年供应额{Units.Money(v)}" : $", {Units.MoneyEnglish(v)} a year") : "";
            output.WriteLine(zh
                ? $"{++n,4}. {r.ChainName} / {r.SegmentName}：{r.SupplierName} → {r.CustomerName}，记录份额 {Units.Percent(r.Share)}{value}"
                : $"{++n,4}. {r.ChainName} / {r.SegmentName}: {r.SupplierName} → {r.CustomerName}, recorded share {Units.Percent(r.Share)}{value}");
            output.WriteLine($"      {(zh ? "存疑原因：" : "why: ")}{r.Reason.In(language)}");
        }
    }
}
