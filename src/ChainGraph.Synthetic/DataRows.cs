using ChainGraph.Domain;
using ChainGraph.Storage.Import;

namespace ChainGraph.Synthetic;

/// <summary>
/// How each domain record becomes a row of its <see cref="FileSpec"/>: the decimals per column (money and ratios 4,
/// annual value 2, substitutability and severity 2) and the vocabulary words for enumerations.
/// </summary>
public static class DataRows
{
    public static void Write(RecordWriter w, Chain chain)
    {
        w.Text(chain.Id);
        w.Text(chain.Name);
        w.Text(Vocabulary.Word(chain.Category));
        w.EndRecord();
    }

    public static void Write(RecordWriter w, Segment segment)
    {
        w.Text(segment.Id);
        w.Text(segment.ChainId);
        w.Text(segment.Name);
        w.Text(Vocabulary.Word(segment.Stage));
        w.Boolean(segment.Key);
        w.EndRecord();
    }

    public static void Write(RecordWriter w, SegmentLink link)
    {
        w.Text(link.From);
        w.Text(link.To);
        w.EndRecord();
    }

    public static void Write(RecordWriter w, Enterprise e)
    {
        w.Text(e.Id);
        w.Text(e.Name);
        w.Text(e.District);
        w.Text(e.Region);
        w.Text(e.Country);
        w.Text(e.IndustryCode);
        w.Number(e.AnnualOutput, 4);
        w.Number(e.Revenue, 4);
        w.Number(e.Tax, 4);
        w.Number(e.Employees, 0);
        w.Number(e.RdRatio, 4);
        w.Number(e.EnergyPerOutput, 4);
        w.Number(e.MarketShare, 4);
        w.Date(e.Founded);
        w.Text(Vocabulary.FormatLabels(e.Labels));
        w.Text(Vocabulary.Word(e.Status));
        w.Text(e.City);
        w.Text(Vocabulary.FormatCompliance(e.Compliance));
        w.Number(e.LandArea, 1);
        w.EndRecord();
    }

    public static void Write(RecordWriter w, EnterpriseSegment membership)
    {
        w.Text(membership.EnterpriseId);
        w.Text(membership.SegmentId);
        w.Text(Vocabulary.Word(membership.Role));
        w.EndRecord();
    }

    public static void Write(RecordWriter w, Supply s)
    {
        w.Text(s.SupplierId);
        w.Text(s.CustomerId);
        w.Text(s.SegmentId);
        w.Number(s.Share, 4);
        w.Number(s.AnnualValue, 2);
        w.Number(s.Substitutability, 2);
        w.Number(s.RecoveryDays, 0);
        w.Date(s.Since);
        w.EndRecord();
    }

    public static void Write(RecordWriter w, DisruptionEvent e)
    {
        w.Text(e.EnterpriseId);
        w.Date(e.Date);
        w.Text(Vocabulary.Word(e.Type));
        w.Number(e.Severity, 2);
        w.EndRecord();
    }

    public static void Write(RecordWriter w, Project p)
    {
        w.Text(p.Id);
        w.Text(p.ItemId);
        w.Text(p.ChainId);
        w.Text(p.SegmentId);
        w.Text(p.LeadEnterpriseId);
        w.Text(p.PartnerList());
        w.Text(p.Goal);
        w.Number(p.Budget, 0);
        w.Number(p.Investment, 0);
        w.Text(p.InstrumentId);
        w.Number(p.Amount, 0);
        w.Text(Vocabulary.Word(p.Status));
        w.Text(p.Quarter);
        w.EndRecord();
    }
}
